import { startTypeScriptThread } from './typescript-thread.ts';

export interface WalCheckpointer {
  /** Ends the thread once its checkpoint in progress, if any, is done. */
  close(): Promise<void>;
}

/** How often the thread copies what the WAL holds into the database file. */
const INTERVAL_MS = 100;

/**
 * Starts the checkpoint thread of the SQLite file at `path` (wal-checkpoint-thread.ts). It never keeps the process
 * alive; if it dies, the writers' own checkpoints (open-sqlite-connection.ts) keep the WAL bounded.
 */
export function startWalCheckpointer(path: string): WalCheckpointer {
  const thread = startTypeScriptThread(new URL('./wal-checkpoint-thread.ts', import.meta.url), { path, intervalMs: INTERVAL_MS });
  thread.unref();
  let alive = true;
  thread.on('error', (error) => console.warn('growthkit collector: the WAL checkpoint thread stopped:', error));
  thread.once('exit', () => {
    alive = false;
  });
  return {
    async close() {
      if (!alive) return;
      const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
      // held open until the thread is gone: an unreferenced one would let the process end while close() waits
      thread.ref();
      thread.postMessage('close');
      await exited;
    },
  };
}
