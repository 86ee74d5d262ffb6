CREATE TABLE projects (
  id TEXT PRIMARY KEY,
  publishable_key TEXT NOT NULL UNIQUE,
  secret_key TEXT NOT NULL UNIQUE,
  allowed_origins TEXT NOT NULL DEFAULT '[]',
  settings TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE campaigns (
  project_id TEXT NOT NULL REFERENCES projects(id),
  id TEXT NOT NULL,
  json TEXT NOT NULL,
  status TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (project_id, id)
);

-- seq is an explicit INTEGER PRIMARY KEY (not the implicit rowid) because VACUUM may renumber an implicit
-- rowid, and seq is the admin API's cursor. UNIQUE(project_id, id) keeps each event id once per project.
CREATE TABLE events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  project_id TEXT NOT NULL,
  id TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  ts TEXT NOT NULL,
  received_at TEXT NOT NULL,
  anonymous_id TEXT NOT NULL,
  user_id TEXT,
  account_id TEXT,
  session_id TEXT,
  campaign_id TEXT,
  experiment TEXT,
  variant TEXT,
  props TEXT NOT NULL,
  context TEXT,
  UNIQUE (project_id, id)
);
CREATE INDEX events_project_seq ON events (project_id, seq);

CREATE TABLE user_state (
  project_id TEXT NOT NULL,
  subject TEXT NOT NULL,
  state TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (project_id, subject)
);
