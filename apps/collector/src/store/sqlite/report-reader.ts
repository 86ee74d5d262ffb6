import type { Worker } from 'node:worker_threads';
import type { ReportStatement } from '../report-dialect.ts';
import type { ReadAnswer, ReadRequest } from './report-reader-thread.ts';
import { fromThreadError } from './thread-error.ts';
import { startTypeScriptThread } from './typescript-thread.ts';

/** The rows of a report statement with `:name` parameters. */
export type ReportRowsOf = <Row>(statement: ReportStatement) => Promise<Row[]>;

export interface ReportReader {
  /** The rows of `statement`, read on the report thread. */
  all: ReportRowsOf;
  /** Ends the thread once the statements handed to it are done. */
  close(): Promise<void>;
}

/**
 * The report thread of the SQLite file at `path` (report-reader-thread.ts), started on the first report statement. It
 * runs one statement at a time, in the order given, and hands its rows over in pieces, one per turn of the event loop;
 * if it dies, the statements it had not answered fail and the next one starts a new thread.
 */
export function startReportReader(path: string): ReportReader {
  let worker: Worker | undefined;
  let nextTicket = 0;
  const pending = new Map<number, { rows: unknown[]; resolve: (rows: unknown[]) => void; reject: (error: unknown) => void }>();

  const failAll = (error: unknown) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker = undefined;
  };
  const start = () => {
    const thread = startTypeScriptThread(new URL('./report-reader-thread.ts', import.meta.url), { path });
    thread.on('message', (answer: ReadAnswer) => {
      const waiting = pending.get(answer.ticket);
      if (waiting === undefined) return;
      if (answer.ok) waiting.rows.push(...answer.rows);
      if (answer.ok && !answer.last) {
        // the next piece once the event loop has had its turn (health checks, ingest)
        setImmediate(() => thread.postMessage({ ticket: answer.ticket, next: true } satisfies ReadRequest));
        return;
      }
      pending.delete(answer.ticket);
      if (answer.ok) waiting.resolve(waiting.rows);
      else waiting.reject(fromThreadError(answer.error));
      // an idle thread must not keep the process alive
      if (pending.size === 0) thread.unref();
    });
    thread.on('error', failAll);
    thread.on('exit', (code) => {
      if (worker === thread) failAll(new Error(`the report thread exited with ${code}`));
    });
    return thread;
  };

  return {
    all<Row>(statement: ReportStatement) {
      const request: ReadRequest = { ticket: nextTicket++, statement };
      worker ??= start();
      worker.ref();
      worker.postMessage(request);
      return new Promise<Row[]>((resolve, reject) =>
        pending.set(request.ticket, { rows: [], resolve: resolve as (rows: unknown[]) => void, reject }),
      );
    },
    async close() {
      const thread = worker;
      if (thread === undefined) return;
      worker = undefined;
      const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
      thread.ref();
      thread.postMessage('close');
      await exited;
      failAll(new Error('the store is closed'));
    },
  };
}
