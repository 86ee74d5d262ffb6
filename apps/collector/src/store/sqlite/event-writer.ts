import type { GrowthEvent } from '@growthkit/core';
import type Database from 'better-sqlite3';
import type { InsertResult } from '../store.ts';
import { prepareEventCommit } from './event-commit.ts';
import { toEventRows } from './event-row.ts';
import type { WriteAnswer, WriteRequest } from './event-writer-thread.ts';
import type { Settled } from './group-commit.ts';
import { fromThreadError } from './thread-error.ts';
import { ticketedThread } from './ticketed-thread.ts';

export interface EventWriter {
  /** Stores the events whose id is new; resolves once the commit that stored them is done. */
  write(projectId: string, events: readonly GrowthEvent[], receivedAt: string): Promise<InsertResult>;
  /** Lets the writes in flight finish, then ends the thread. */
  close(): Promise<void>;
}

/** The most events of one turn's requests that the main thread stores itself while the writer thread is idle. */
const INLINE_ROWS_MAX = 50;

/**
 * The writer thread of the SQLite file at `path` (event-writer-thread.ts), started on the first write handed to it. Requests are
 * answered in the order the thread commits them; if the thread dies, the writes it had not answered fail (their
 * senders retry) and the next write starts a new one.
 */
export function startEventWriter(path: string, db: Database.Database): EventWriter {
  const commitHere = prepareEventCommit(db);
  const writer = ticketedThread<{ resolve: (result: InsertResult) => void; reject: (error: unknown) => void }>(
    new URL('./event-writer-thread.ts', import.meta.url),
    { path },
    'event writer',
    (thread, answers: WriteAnswer[]) => {
      for (const answer of answers) settle(answer.ok ? answer : { ticket: answer.ticket, ok: false, error: fromThreadError(answer.error) });
      if (writer.pending.size === 0 && queued.length === 0) thread.unref();
    },
  );
  const { pending } = writer;
  // Requests whose bodies arrived in the same turn of the event loop go to the thread in one message: each message
  // costs a copy and a wake-up of the thread.
  let queued: WriteRequest[] = [];
  const post = () => {
    if (queued.length === 0) return;
    const requests = queued;
    queued = [];
    // A few events while the thread has nothing to do are stored here: handing them over would cost more than storing
    // them (two wake-ups, two copies), and the thread holds no write lock that this commit could wait for.
    if (pending.size === requests.length && requests.reduce((sum, { rows }) => sum + rows.length, 0) <= INLINE_ROWS_MAX) {
      for (const [index, outcome] of commitHere(requests.map(({ rows }) => rows)).entries())
        settle({ ticket: requests[index]!.ticket, ...outcome });
      return;
    }
    const thread = writer.thread();
    // The thread keeps the process alive only while a write is waiting for it: an idle store must not hold it open.
    thread.ref();
    thread.postMessage(requests);
  };

  const settle = (answer: { ticket: number } & Settled<InsertResult>) => {
    const waiting = pending.get(answer.ticket);
    pending.delete(answer.ticket);
    if (answer.ok) waiting?.resolve(answer.result);
    else waiting?.reject(answer.error);
  };

  return {
    write(projectId, events, receivedAt) {
      if (events.length === 0) return Promise.resolve({ accepted: 0, duplicates: 0 });
      const request: WriteRequest = { ticket: writer.ticket(), rows: toEventRows(projectId, events, receivedAt) };
      // setImmediate runs after the poll phase: every request whose body arrived in this turn has joined by then.
      if (queued.length === 0) setImmediate(post);
      queued.push(request);
      return new Promise<InsertResult>((resolve, reject) => pending.set(request.ticket, { resolve, reject }));
    },
    close() {
      post();
      return writer.close();
    },
  };
}
