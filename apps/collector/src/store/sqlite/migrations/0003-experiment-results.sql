-- Experiment results read one experiment's exposures (covered: no table lookups for a million of them), look up the
-- first sign-in of each anonymous id, and read the goal events by name.
CREATE INDEX events_exposures ON events (project_id, experiment, user_id, anonymous_id, variant, ts) WHERE name = 'gk.exposure';
CREATE INDEX events_sign_ins ON events (project_id, anonymous_id, ts, user_id) WHERE name = 'identify' AND user_id IS NOT NULL;
CREATE INDEX events_project_name ON events (project_id, name, ts);
