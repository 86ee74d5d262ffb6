-- The value scorecard reads one account's recent events (every seat's), and the subscription metrics read each account's
-- billing history; without this both would scan the project's whole history.
CREATE INDEX events_project_account ON events (project_id, account_id, ts);
-- Retention finds each user's first event and their days of use: with `ts` in the user index that is a walk of the
-- index alone, not a table lookup per event. It serves every lookup the narrower index did.
DROP INDEX events_project_user;
CREATE INDEX events_project_user ON events (project_id, user_id, ts);
