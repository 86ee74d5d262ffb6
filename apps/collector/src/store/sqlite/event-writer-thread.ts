// The SQLite store's event writer, on a thread of its own: the main thread reads, parses and validates requests while
// this one stores the events of earlier ones, so ingest uses two cores. Started by event-writer.ts.
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { InsertResult } from '../store.ts';
import type { EventRow } from './event-row.ts';
import { commitGroup } from './group-commit.ts';
import { openSqliteConnection } from './open-sqlite-connection.ts';
import { prepareRecordExposure } from './record-exposure.ts';

/** One request's events, numbered by the main thread to match the answer to it. */
export interface WriteRequest {
  ticket: number;
  rows: EventRow[];
}

export type WriteAnswer = { ticket: number } & ({ ok: true; result: InsertResult } | { ok: false; error: unknown });

const port = parentPort!;
const db = openSqliteConnection(new Database((workerData as { path: string }).path));
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
const commit = db.transaction((requests: readonly WriteRequest[]) => requests.map(({ rows }) => insertRows(rows)));

port.on('message', (first: WriteRequest | 'close') => {
  if (first === 'close') {
    db.close();
    port.close();
    return;
  }
  // Every request already waiting joins this commit (group commit): the busier the collector, the larger the group.
  const group = [first];
  let closing = false;
  for (let next = receiveMessageOnPort(port); next !== undefined; next = receiveMessageOnPort(port)) {
    const message = next.message as WriteRequest | 'close';
    if (message === 'close') closing = true;
    else group.push(message);
  }
  const settled = commitGroup(commit, group);
  for (const [index, outcome] of settled.entries()) port.postMessage({ ticket: group[index]!.ticket, ...outcome } satisfies WriteAnswer);
  if (closing) {
    db.close();
    port.close();
  }
});
