import type { ReportStatement } from '../report-dialect.ts';
import type { ReportRowsOf } from '../report-tallies.ts';
import { ReportTimeout } from '../report-timeout.ts';
import type { ReadAnswer, ReadRequest } from './report-reader-thread.ts';
import { fromThreadError } from './thread-error.ts';
import { ticketedThread } from './ticketed-thread.ts';

export interface ReportReader {
  /** The rows of `statement`, read on the report thread. */
  all: ReportRowsOf;
  /** Ends the thread once the statement it runs is done; the statements still waiting fail. */
  close(): Promise<void>;
}

/** A statement asked for: its rows so far, what waits for them, and the clock of its time limit once it runs. */
interface Read {
  ticket: number;
  statement: ReportStatement;
  rows: unknown[];
  limit?: NodeJS.Timeout;
  resolve(rows: unknown[]): void;
  reject(error: unknown): void;
}

/**
 * The report thread of the SQLite file at `path` (report-reader-thread.ts), started on the first report statement. It
 * is handed one statement at a time, in the order asked, and hands the rows over in pieces, one per turn of the event
 * loop. A statement that runs past `timeoutMs` fails as a ReportTimeout, and one whose signal aborts fails with its
 * reason: the driver cannot interrupt a statement, so the thread is dropped and the next statement starts a new one.
 * If the thread dies, the statement it ran fails and the next one starts a new thread.
 */
export function startReportReader(path: string, timeoutMs: number): ReportReader {
  /** statements not yet handed to the thread, in the order asked */
  const queue: Read[] = [];
  /** the dropped thread's end that handNext already waits for: one wait however often it is asked in the meantime */
  let awaitedFinish: Promise<void> | undefined;
  const reader = ticketedThread<Read>(
    new URL('./report-reader-thread.ts', import.meta.url),
    { path },
    'report',
    (thread, answer: ReadAnswer) => {
      const read = reader.pending.get(answer.ticket);
      if (read === undefined) return;
      if ('started' in answer) {
        read.limit = setTimeout(() => reader.stop(new ReportTimeout(timeoutMs)), timeoutMs);
        return;
      }
      // its first piece or its error: the statement has run
      clearTimeout(read.limit);
      if (answer.ok) read.rows.push(...answer.rows);
      if (answer.ok && !answer.last) {
        // the next piece once the event loop has had its turn (health checks, ingest)
        setImmediate(() => thread.postMessage({ ticket: answer.ticket, next: true } satisfies ReadRequest));
        return;
      }
      reader.pending.delete(answer.ticket);
      if (answer.ok) read.resolve(read.rows);
      else read.reject(fromThreadError(answer.error));
      // an idle thread must not keep the process alive
      if (reader.pending.size === 0) thread.unref();
    },
  );

  /** A statement that waited `timeoutMs` for a dropped thread to finish gives up as if it had run that long. */
  const giveUp = (read: Read) => {
    queue.splice(queue.indexOf(read), 1);
    read.reject(new ReportTimeout(timeoutMs));
  };

  /**
   * Hands the thread the next statement waiting, unless it runs one. While a dropped thread still runs the statement it
   * was dropped for, nothing starts a new one: reports keep to one core whatever happens, the other stays for ingest,
   * and what waits for that core waits no longer than the limit.
   */
  const handNext = () => {
    if (reader.pending.size > 0) return;
    const finishing = reader.finishing();
    if (finishing) {
      for (const read of queue) read.limit ??= setTimeout(() => giveUp(read), timeoutMs);
      if (awaitedFinish !== finishing) {
        awaitedFinish = finishing;
        void finishing.then(handNext);
      }
      return;
    }
    const read = queue.shift();
    if (read === undefined) return;
    clearTimeout(read.limit);
    reader.pending.set(read.ticket, read);
    const thread = reader.thread();
    thread.ref();
    thread.postMessage({ ticket: read.ticket, statement: read.statement } satisfies ReadRequest);
  };

  return {
    all<Row extends object>(statement: ReportStatement, signal?: AbortSignal) {
      return new Promise<Row[]>((resolve, reject) => {
        signal?.throwIfAborted();
        const abandon = () => {
          const waiting = queue.indexOf(read);
          if (waiting >= 0) {
            queue.splice(waiting, 1);
            read.reject(signal?.reason);
          } else if (reader.pending.has(read.ticket)) reader.stop(signal?.reason);
        };
        const settled = () => {
          clearTimeout(read.limit);
          signal?.removeEventListener('abort', abandon);
          handNext();
        };
        const read: Read = {
          ticket: reader.ticket(),
          statement,
          rows: [],
          resolve(rows) {
            settled();
            resolve(rows as Row[]);
          },
          reject(error) {
            settled();
            reject(error);
          },
        };
        signal?.addEventListener('abort', abandon, { once: true });
        queue.push(read);
        handNext();
      });
    },
    close() {
      for (const read of queue.splice(0)) read.reject(new Error('the store is closed'));
      return reader.close();
    },
  };
}
