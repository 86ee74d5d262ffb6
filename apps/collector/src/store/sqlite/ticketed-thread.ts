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
  /**
   * Ends the thread now, mid-statement: whatever it left unanswered fails with `error`, and the next use starts a new
   * one. The driver cannot interrupt a statement, so the old thread ends once its statement returns; nothing waits for it.
   */
  stop(error: unknown): void;
  /** while a thread stop() ended still runs its statement: resolves when it has exited */
  finishing(): Promise<void> | undefined;
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
  let stopped: Promise<void> | undefined;
  let nextTicket = 0;
  const pending = new Map<number, W>();
  const failAll = (error: unknown) => {
    const unanswered = [...pending.values()];
    pending.clear();
    // gone before the rejections run: what they start next goes to a new thread
    worker = undefined;
    for (const { reject } of unanswered) reject(error);
  };
  const start = () => {
    const thread = startTypeScriptThread(file, workerData);
    thread.on('message', (message) => onMessage(thread, message as never));
    thread.on('error', (error) => {
      if (worker === thread) failAll(error);
    });
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
    stop(error) {
      const thread = worker;
      if (thread === undefined) return;
      failAll(error);
      // its statement may run on for a while yet: that must not keep an idle process alive
      thread.unref();
      const finished: Promise<void> = new Promise<void>((resolve) => thread.once('exit', () => resolve())).then(() => {
        if (stopped === finished) stopped = undefined;
      });
      stopped = finished;
      thread.terminate().catch(() => undefined);
    },
    finishing: () => stopped,
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
