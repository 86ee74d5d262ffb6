import type { ReportStatement } from '../report-dialect.ts';
import type { ReadAnswer, ReadRequest } from './report-reader-thread.ts';
import { fromThreadError } from './thread-error.ts';
import { ticketedThread } from './ticketed-thread.ts';

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
  const reader = ticketedThread<{ rows: unknown[]; resolve: (rows: unknown[]) => void; reject: (error: unknown) => void }>(
    new URL('./report-reader-thread.ts', import.meta.url),
    { path },
    'report',
    (thread, answer: ReadAnswer) => {
      const { pending } = reader;
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
    },
  );

  return {
    all<Row>(statement: ReportStatement) {
      const request: ReadRequest = { ticket: reader.ticket(), statement };
      const thread = reader.thread();
      thread.ref();
      thread.postMessage(request);
      return new Promise<Row[]>((resolve, reject) =>
        reader.pending.set(request.ticket, { rows: [], resolve: resolve as (rows: unknown[]) => void, reject }),
      );
    },
    close: () => reader.close(),
  };
}
