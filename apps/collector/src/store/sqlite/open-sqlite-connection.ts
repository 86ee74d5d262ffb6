import type Database from 'better-sqlite3';

/** The settings every connection to the store's file needs (the main thread's, the event writer's, the checkpointer's). */
export function openSqliteConnection(db: Database.Database): Database.Database {
  db.pragma('journal_mode = WAL');
  // NORMAL is durable across application crashes in WAL mode; only a power cut may lose the last commits.
  db.pragma('synchronous = NORMAL');
  // The checkpoint thread (wal-checkpointer.ts) copies the WAL into the file as it fills; when the WAL reaches ~40 MB,
  // the next commit finds it copied and starts it over. Should that thread stop, this commit's own checkpoint does the
  // copying, once per ~40 MB rather than per 4 MB: each index page written once for many commits.
  db.pragma('wal_autocheckpoint = 10000');
  db.pragma('foreign_keys = ON');
  // The two connections take turns at the write lock; the other waits for it rather than failing.
  db.pragma('busy_timeout = 5000');
  return db;
}
