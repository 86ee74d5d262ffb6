import type { Worker } from 'node:worker_threads';
import { startTypeScriptThread } from './typescript-thread.ts';

/** what waits for a thread's answer to one ticket */
interface Waiting {
  reject(error: unknown): void;
}

export interface TicketedThread<W extends Waiting> {
  /** what waits for the thread, by ticket */
  readonly pending: Map<number, W>;
  /** the next request's ticket */
  ticket(): number;
  /** the running thread, started now if there is none (first use, or after one died) */
  thread(): Worker;
  /** Ends the thread once what was handed to it is done; whatever it left unanswered fails. */
  close(): Promise<void>;
}

/**
 * A worker thread of the SQLite store (the event writer, the report reader): started on first use, answering requests
 * by ticket (`onMessage`, given the thread the message came from). If it dies, every request it had not answered fails
 * and the next one starts a new thread; `name` says which thread it was.
 */
export function ticketedThread<W extends Waiting>(
  file: URL,
  workerData: unknown,
  name: string,
  onMessage: (thread: Worker, message: never) => void,
): TicketedThread<W> {
  let worker: Worker | undefined;
  let nextTicket = 0;
  const pending = new Map<number, W>();
  const failAll = (error: unknown) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker = undefined;
  };
  const start = () => {
    const thread = startTypeScriptThread(file, workerData);
    thread.on('message', (message) => onMessage(thread, message as never));
    thread.on('error', failAll);
    thread.on('exit', (code) => {
      if (worker === thread) failAll(new Error(`the ${name} thread exited with ${code}`));
    });
    return thread;
  };
  return {
    pending,
    ticket: () => nextTicket++,
    thread() {
      worker ??= start();
      return worker;
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
