-- As SQLite's 0005-reports: the value scorecard reads one account's recent events, the subscription metrics each
-- account's billing history, retention each user's first event and days of use.
CREATE INDEX events_project_account ON events (project_id, account_id, ts);
DROP INDEX events_project_user;
CREATE INDEX events_project_user ON events (project_id, user_id, ts);
