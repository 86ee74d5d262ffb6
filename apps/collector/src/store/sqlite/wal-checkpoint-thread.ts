// The SQLite store's checkpoints, on a thread of their own: copying the WAL's pages back into the database file reads,
// writes and fsyncs megabytes, and neither the event writer nor the main thread should stop for it. Started by
// wal-checkpointer.ts.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { openSqliteConnection } from './open-sqlite-connection.ts';

const { path, intervalMs } = workerData as { path: string; intervalMs: number };
const port = parentPort!;
const db = openSqliteConnection(new Database(path));

// Once per run of failures, not at every turn: a full or failing disk would otherwise fill the log.
let failing = false;
const timer = setInterval(() => {
  try {
    // PASSIVE waits for no reader or writer: what it cannot copy now, the next turn copies.
    db.pragma('wal_checkpoint(PASSIVE)');
    failing = false;
  } catch (error) {
    // Busy: a writer's own checkpoint (open-sqlite-connection.ts) is running, which does the same work.
    if ((error as { code?: string }).code === 'SQLITE_BUSY' || failing) return;
    failing = true;
    console.warn('growthkit collector: a WAL checkpoint failed; it is retried until it succeeds:', error);
  }
}, intervalMs);

port.once('message', () => {
  clearInterval(timer);
  db.close();
  port.close();
});
