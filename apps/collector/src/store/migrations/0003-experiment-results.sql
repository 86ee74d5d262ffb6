-- Experiment results read one experiment's exposures (only those rows, covered: no table lookups for a million of
-- them), and the goal and identify events by name.
CREATE INDEX events_exposures ON events (project_id, experiment, user_id, anonymous_id, variant, ts) WHERE name = 'gk.exposure';
CREATE INDEX events_project_name ON events (project_id, name, ts);
