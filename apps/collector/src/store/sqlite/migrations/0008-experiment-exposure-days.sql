-- The experiment tally counts exposed people per variant and per day of their first exposure (the daily looks of the
-- always-valid test): with first_ms in the index, that count reads the index alone instead of a million table rows.
DROP INDEX experiment_exposures_variants;
CREATE INDEX experiment_exposures_variants ON experiment_exposures (project_id, experiment, variant_min, variant_max, first_ms);
