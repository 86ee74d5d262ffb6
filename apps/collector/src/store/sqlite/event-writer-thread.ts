// The SQLite store's event writer, on a thread of its own: while it stores the events of earlier requests, the main
// thread reads, parses and validates the next ones, so a busy collector uses two cores. Started by event-writer.ts.
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { InsertResult } from '../store.ts';
import type { EventRow } from './event-row.ts';
import { prepareEventCommit } from './event-commit.ts';
import { openSqliteConnection } from './open-sqlite-connection.ts';
import { toThreadError, type ThreadError } from './thread-error.ts';

/** One request's events, numbered by the main thread to match the answer to it. */
export interface WriteRequest {
  ticket: number;
  rows: EventRow[];
}

export type WriteAnswer = { ticket: number } & ({ ok: true; result: InsertResult } | { ok: false; error: ThreadError });

const port = parentPort!;
const db = openSqliteConnection(new Database((workerData as { path: string }).path));
const commit = prepareEventCommit(db);

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
    const answers: WriteAnswer[] = commit(group.map(({ rows }) => rows)).map((outcome, index) => ({
      ticket: group[index]!.ticket,
      ...(outcome.ok ? outcome : { ok: false, error: toThreadError(outcome.error) }),
    }));
    port.postMessage(answers);
  }
  if (closing) {
    db.close();
    port.close();
  }
});
