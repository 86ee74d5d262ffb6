-- An index over a column that most events leave empty costs every stored event a write and serves none of them:
-- each report and admin query that reads these indexes asks for a user, an account or anonymous events by a value,
-- so events without one have nothing to be found by. Anonymous events (no user id) are the only ones looked up by
-- anonymous id (a user's events from before they signed in); events of a signed-in user are found by user id.
DROP INDEX events_project_anonymous;
CREATE INDEX events_project_anonymous ON events (project_id, anonymous_id) WHERE user_id IS NULL;
DROP INDEX events_project_account;
CREATE INDEX events_project_account ON events (project_id, account_id, ts) WHERE account_id IS NOT NULL;
DROP INDEX events_project_user;
CREATE INDEX events_project_user ON events (project_id, user_id, ts) WHERE user_id IS NOT NULL;
