import type Database from 'better-sqlite3';
import type { EventRow } from './event-row.ts';

// Same millisecond rule as the results query (offsets honoured, rounded the same way), so a backfilled row and one
// kept at ingest agree to the millisecond.
const UPSERT_SQL = `
INSERT INTO experiment_exposures (project_id, experiment, subject, variant_min, variant_max, first_ms)
VALUES (:project, :experiment, :subject, :variant, :variant, CAST(round(unixepoch(:ts, 'subsec') * 1000) AS INTEGER))
ON CONFLICT (project_id, experiment, subject) DO UPDATE SET
  variant_min = min(variant_min, excluded.variant_min),
  variant_max = max(variant_max, excluded.variant_max),
  first_ms = min(first_ms, excluded.first_ms)`;

/**
 * Keeps experiment_exposures up to date as exposure events are stored: per experiment and subject (the user id, else
 * the anonymous id) the first exposure and the range of variants seen. Call it for newly stored events only; any
 * other event is ignored.
 */
export function prepareRecordExposure(db: Database.Database): (row: EventRow) => void {
  const upsert = db.prepare(UPSERT_SQL);
  return ([project, , , name, ts, , anonymousId, userId, , , , experiment, variant]) => {
    if (name !== 'gk.exposure' || experiment === null || variant === null) return;
    upsert.run({ project, experiment, subject: userId === null ? `a:${anonymousId}` : `u:${userId}`, variant, ts });
  };
}
