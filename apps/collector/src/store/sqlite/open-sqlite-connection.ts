import type Database from 'better-sqlite3';

/** The settings every connection to the store's file needs (the main thread's and the event writer's). */
export function openSqliteConnection(db: Database.Database): Database.Database {
  db.pragma('journal_mode = WAL');
  // NORMAL is durable across application crashes in WAL mode; only a power cut may lose the last commits.
  db.pragma('synchronous = NORMAL');
  // Checkpoint every ~40 MB of WAL rather than every 4 MB: fewer, larger checkpoints write each index page once for
  // many commits.
  db.pragma('wal_autocheckpoint = 10000');
  db.pragma('foreign_keys = ON');
  // The two connections take turns at the write lock; the other waits for it rather than failing.
  db.pragma('busy_timeout = 5000');
  return db;
}
