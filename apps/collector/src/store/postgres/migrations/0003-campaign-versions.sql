-- As SQLite's 0006-campaign-versions: every admin change of a campaign, kept whole, so it can be read back and rolled back.
CREATE TABLE campaign_versions (
  project_id text NOT NULL REFERENCES projects(id),
  campaign_id text NOT NULL,
  version integer NOT NULL,
  json jsonb NOT NULL,
  status text NOT NULL,
  author text NOT NULL,
  note text NOT NULL,
  created_at text NOT NULL,
  PRIMARY KEY (project_id, campaign_id, version)
);
