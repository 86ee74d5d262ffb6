// The SQLite store's checkpoints, on a thread of their own: copying the WAL's pages back into the database file reads,
// writes and fsyncs megabytes, and neither the event writer nor the main thread should stop for it. Started by
// wal-checkpointer.ts.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { openSqliteConnection } from './open-sqlite-connection.ts';

const { path, intervalMs } = workerData as { path: string; intervalMs: number };
const port = parentPort!;
const db = openSqliteConnection(new Database(path));

const timer = setInterval(() => {
  try {
    // PASSIVE waits for no reader or writer: what it cannot copy now, the next turn copies.
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    // The writers' own checkpoints (open-sqlite-connection.ts) still bound the WAL; a busy or failing disk is retried.
    console.warn('growthkit collector: a WAL checkpoint failed and will be retried:', error);
  }
}, intervalMs);

port.once('message', () => {
  clearInterval(timer);
  db.close();
  port.close();
});
