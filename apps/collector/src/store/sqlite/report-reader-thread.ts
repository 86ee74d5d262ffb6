// The SQLite store's report statements, on a thread of their own with a read-only connection (WAL: its reads and the
// writers never wait for each other): a report's statements take seconds on a large project, and on the main thread
// they would hold up /healthz and ingest all that time. It only runs statements, so it loads nothing but the driver
// (core and its schemas would take a second or more to load). Started by report-reader.ts.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { ReportStatement } from '../report-dialect.ts';
import { toThreadError, type ThreadError } from './thread-error.ts';

/** One statement to run, numbered by the main thread to match the answer to it. */
export interface ReadRequest {
  ticket: number;
  statement: ReportStatement;
}

export type ReadAnswer = { ticket: number } & ({ ok: true; rows: unknown[] } | { ok: false; error: ThreadError });

const port = parentPort!;
const db = new Database((workerData as { path: string }).path, { readonly: true, fileMustExist: true });
// a checkpoint's brief lock is waited for rather than failed
db.pragma('busy_timeout = 5000');

port.on('message', (message: ReadRequest | 'close') => {
  if (message === 'close') {
    db.close();
    port.close();
    return;
  }
  const { ticket, statement } = message;
  try {
    port.postMessage({ ticket, ok: true, rows: db.prepare(statement.text).all(statement.params) } satisfies ReadAnswer);
  } catch (error) {
    port.postMessage({ ticket, ok: false, error: toThreadError(error) } satisfies ReadAnswer);
  }
});
