// The SQLite store's report statements, on a thread of their own with a read-only connection (WAL: its reads and the
// writers never wait for each other): a report's statements take seconds on a large project, and on the main thread
// they would hold up /healthz and ingest all that time. It only runs statements, so it loads nothing but the driver
// (core and its schemas would take a second or more to load). Started by report-reader.ts.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { ReportStatement } from '../report-dialect.ts';
import { toThreadError, type ThreadError } from './thread-error.ts';

/**
 * What the main thread sends: a statement to run, numbered to match the answers to it; or, for a statement whose rows
 * are not all sent yet, a request for the next piece.
 */
export type ReadRequest = { ticket: number; statement: ReportStatement } | { ticket: number; next: true };

/**
 * That a statement has started (its time limit counts from here, not from a queue or the thread's start), then a piece
 * of its rows (`last` on the final one), or its error.
 */
export type ReadAnswer = { ticket: number } & (
  | { started: true }
  | { ok: true; rows: unknown[]; last: boolean }
  | { ok: false; error: ThreadError }
);

/**
 * Rows go to the main thread in pieces of this many, each when it asks: a hundred thousand rows in one message would
 * hold the main thread for their whole structured clone, and the messages already waiting are all read in one go.
 */
const PIECE_ROWS = 2_000;

const port = parentPort!;
const db = new Database((workerData as { path: string }).path, { readonly: true, fileMustExist: true });
// a checkpoint's brief lock is waited for rather than failed
db.pragma('busy_timeout = 5000');
/** The rows of each statement not all sent yet, and how many have been. */
const unsent = new Map<number, { rows: unknown[]; sent: number }>();

const sendPiece = (ticket: number) => {
  const rest = unsent.get(ticket);
  if (rest === undefined) return;
  const rows = rest.rows.slice(rest.sent, rest.sent + PIECE_ROWS);
  rest.sent += rows.length;
  const last = rest.sent >= rest.rows.length;
  if (last) unsent.delete(ticket);
  port.postMessage({ ticket, ok: true, rows, last } satisfies ReadAnswer);
};

port.on('message', (message: ReadRequest | 'close') => {
  if (message === 'close') {
    db.close();
    port.close();
    return;
  }
  if ('next' in message) {
    sendPiece(message.ticket);
    return;
  }
  const { ticket, statement } = message;
  port.postMessage({ ticket, started: true } satisfies ReadAnswer);
  try {
    unsent.set(ticket, { rows: db.prepare(statement.text).all(statement.params), sent: 0 });
  } catch (error) {
    port.postMessage({ ticket, ok: false, error: toThreadError(error) } satisfies ReadAnswer);
    return;
  }
  sendPiece(ticket);
});
