-- The PostgreSQL schema of the same contract as ../../sqlite/migrations. Text that is compared or ordered (event
-- times as sent, subjects, variants, ids) uses the "C" collation: byte order, as SQLite compares, so both engines
-- sort and pick the same rows whatever the cluster's locale.
CREATE TABLE projects (
  id text PRIMARY KEY,
  publishable_key text NOT NULL UNIQUE,
  secret_key text NOT NULL UNIQUE,
  allowed_origins text NOT NULL DEFAULT '[]',
  settings text NOT NULL DEFAULT '{}'
);

CREATE TABLE campaigns (
  project_id text NOT NULL REFERENCES projects(id),
  id text NOT NULL,
  json jsonb NOT NULL,
  status text NOT NULL,
  updated_at text NOT NULL,
  PRIMARY KEY (project_id, id)
);
CREATE INDEX campaigns_experiment ON campaigns (project_id, (json -> 'experiment' ->> 'key'));

-- Events are partitioned by month of arrival (received_at, the collector's clock): only the current and the next
-- month ever take writes, so partitions can be made ahead of time and dropped whole by the retention, and a device
-- clock that is wrong cannot reach a month that does not exist. `ts` is kept exactly as sent; `at` is its instant.
-- seq (one sequence across partitions) is the admin API's cursor.
CREATE SEQUENCE events_seq;
CREATE TABLE events (
  seq bigint NOT NULL DEFAULT nextval('events_seq'),
  project_id text COLLATE "C" NOT NULL,
  id text COLLATE "C" NOT NULL,
  type text COLLATE "C" NOT NULL,
  name text COLLATE "C" NOT NULL,
  ts text COLLATE "C" NOT NULL,
  at timestamptz NOT NULL,
  received_at timestamptz NOT NULL,
  anonymous_id text COLLATE "C" NOT NULL,
  user_id text COLLATE "C",
  account_id text COLLATE "C",
  session_id text COLLATE "C",
  campaign_id text COLLATE "C",
  experiment text COLLATE "C",
  variant text COLLATE "C",
  props text NOT NULL,
  context text
) PARTITION BY RANGE (received_at);
CREATE INDEX events_project_seq ON events (project_id, seq);
CREATE INDEX events_project_user ON events (project_id, user_id);
CREATE INDEX events_project_anonymous ON events (project_id, anonymous_id);
CREATE INDEX events_project_name ON events (project_id, name, ts);
CREATE INDEX events_sign_ins ON events (project_id, anonymous_id, ts, user_id) WHERE name = 'identify' AND user_id IS NOT NULL;

-- A unique index on a partitioned table must contain the partition key, so (project_id, id) cannot be unique on
-- events itself: a resend weeks later lands in another month's partition. This table, not partitioned, holds every
-- stored id once; an event is written to events only when its id was new here, in the same statement. Rows whose
-- `at` fell behind the retention horizon are deleted with the partitions: a resend of such an event is refused for
-- its `ts` before it gets here, so the id is not needed any more.
CREATE TABLE event_ids (
  project_id text COLLATE "C" NOT NULL,
  id text COLLATE "C" NOT NULL,
  at timestamptz NOT NULL,
  PRIMARY KEY (project_id, id)
);
CREATE INDEX event_ids_at ON event_ids (at);

CREATE TABLE user_state (
  project_id text NOT NULL,
  subject text NOT NULL,
  state text NOT NULL,
  updated_at text NOT NULL,
  PRIMARY KEY (project_id, subject)
);

-- One row per experiment and subject ('u:' user id, else 'a:' anonymous id), kept at ingest (as on SQLite).
CREATE TABLE experiment_exposures (
  project_id text COLLATE "C" NOT NULL,
  experiment text COLLATE "C" NOT NULL,
  subject text COLLATE "C" NOT NULL,
  variant_min text COLLATE "C" NOT NULL,
  variant_max text COLLATE "C" NOT NULL,
  first_ms bigint NOT NULL,
  PRIMARY KEY (project_id, experiment, subject)
);
CREATE INDEX experiment_exposures_variants ON experiment_exposures (project_id, experiment, variant_min, variant_max);
