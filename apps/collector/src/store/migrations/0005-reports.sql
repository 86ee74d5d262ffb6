-- The value scorecard reads one account's recent events (every seat's), and the subscription metrics read each account's
-- billing history; without this both would scan the project's whole history.
CREATE INDEX events_project_account ON events (project_id, account_id, ts) WHERE account_id IS NOT NULL;
