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

/** The main thread's messages: the requests of one turn of its event loop, or 'close' after the last of them. */
type Message = WriteRequest[] | 'close';

port.on('message', (first: Message) => {
  // Every request already waiting joins this commit (group commit): the busier the collector, the larger the group.
  const group: WriteRequest[] = [];
  let closing = false;
  for (let message: Message | undefined = first; message !== undefined; message = receiveMessageOnPort(port)?.message as Message) {
    if (message === 'close') closing = true;
    else group.push(...message);
  }
  if (group.length > 0) {
    const answers: WriteAnswer[] = commitGroup(commit, group).map((outcome, index) => ({ ticket: group[index]!.ticket, ...outcome }));
    port.postMessage(answers);
  }
  if (closing) {
    db.close();
    port.close();
  }
});
