-- As SQLite's 0007-partial-event-indexes: events without a user id, an account id or (for the anonymous index) with a
-- user id are never looked up through these indexes, so they are left out of them and cost no index write.
DROP INDEX events_project_anonymous;
CREATE INDEX events_project_anonymous ON events (project_id, anonymous_id) WHERE user_id IS NULL;
DROP INDEX events_project_account;
CREATE INDEX events_project_account ON events (project_id, account_id, ts) WHERE account_id IS NOT NULL;
DROP INDEX events_project_user;
CREATE INDEX events_project_user ON events (project_id, user_id, ts) WHERE user_id IS NOT NULL;
