import type Database from 'better-sqlite3';
import type { InsertResult } from '../store.ts';
import type { EventRow } from './event-row.ts';
import { commitGroup, type Settled } from './group-commit.ts';
import { prepareRecordExposure } from './record-exposure.ts';

/**
 * Stores the events of several requests (each its rows) in one transaction on `db`, one outcome per request
 * (group commit, see commitGroup): the writer thread's work, and the main thread's when the writer is idle.
 */
export function prepareEventCommit(db: Database.Database): (requests: readonly (readonly EventRow[])[]) => Settled<InsertResult>[] {
  const insertEvent = db.prepare<EventRow>(
    `INSERT OR IGNORE INTO events (project_id, id, type, name, ts, received_at, anonymous_id, user_id, account_id,
       session_id, campaign_id, experiment, variant, props, context)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const recordExposure = prepareRecordExposure(db);
  const insertRows = (rows: readonly EventRow[]): InsertResult => {
    let accepted = 0;
    for (const row of rows) {
      const { changes } = insertEvent.run(...row);
      if (changes > 0) recordExposure(row);
      accepted += changes;
    }
    return { accepted, duplicates: rows.length - accepted };
  };
  const commit = db.transaction((requests: readonly (readonly EventRow[])[]) => requests.map(insertRows));
  return (requests) => commitGroup(commit, requests);
}
