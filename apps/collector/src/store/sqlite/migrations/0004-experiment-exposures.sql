-- One row per experiment and subject (a user id as 'u:…', else an anonymous id as 'a:…'), kept at ingest: the first
-- exposure's time in milliseconds and the smallest and largest variant seen. Results then read one row per subject
-- instead of every exposure event, and count people per variant in index order without sorting them.
CREATE TABLE experiment_exposures (
  project_id TEXT NOT NULL,
  experiment TEXT NOT NULL,
  subject TEXT NOT NULL,
  variant_min TEXT NOT NULL,
  variant_max TEXT NOT NULL,
  first_ms INTEGER NOT NULL,
  PRIMARY KEY (project_id, experiment, subject)
) WITHOUT ROWID;
CREATE INDEX experiment_exposures_variants ON experiment_exposures (project_id, experiment, variant_min, variant_max);

INSERT INTO experiment_exposures (project_id, experiment, subject, variant_min, variant_max, first_ms)
SELECT project_id, experiment, coalesce('u:' || user_id, 'a:' || anonymous_id), min(variant), max(variant),
  min(CAST(round(unixepoch(ts, 'subsec') * 1000) AS INTEGER))
FROM events
WHERE name = 'gk.exposure' AND experiment IS NOT NULL AND variant IS NOT NULL
GROUP BY 1, 2, 3;

-- The table above answers every question the exposure events' covering index did; each exposure stored no longer
-- pays for both.
DROP INDEX events_exposures;
