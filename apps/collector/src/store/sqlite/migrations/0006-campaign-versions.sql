-- Every change to a campaign made through the admin API is kept: the whole campaign as it was saved, its status
-- (live, paused, draft or archived), who saved it and when, so a change can be read back and rolled back.
CREATE TABLE campaign_versions (
  project_id TEXT NOT NULL REFERENCES projects(id),
  campaign_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  json TEXT NOT NULL,
  status TEXT NOT NULL,
  author TEXT NOT NULL,
  note TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (project_id, campaign_id, version)
);
