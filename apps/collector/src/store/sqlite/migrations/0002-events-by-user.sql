-- The admin eligibility view replays one user's events (and their anonymous ones from before identify);
-- without these it would scan the project's whole history.
CREATE INDEX events_project_user ON events (project_id, user_id);
CREATE INDEX events_project_anonymous ON events (project_id, anonymous_id);
