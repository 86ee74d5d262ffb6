import type Database from 'better-sqlite3';

/**
 * Throws, naming the file and the fix, when the SQLite file at `path` cannot be written (a read-only mount or file,
 * a file of a newer SQLite): SQLite opens such a file read-only without a word, and every write would fail later.
 * Rewriting user_version with its own value in a transaction that is rolled back writes nothing, but needs write access.
 */
export function checkWritable(db: Database.Database, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  try {
    db.exec('BEGIN IMMEDIATE');
    db.pragma(`user_version = ${version}`);
  } catch (error) {
    const { code, message } = error as Error & { code?: string };
    throw new Error(
      `the SQLite file ${path} cannot be written (${code ?? 'error'}: ${message}): make the file, its directory and its -wal and -shm files writable by this user, and the disk writable (not mounted read-only)`,
    );
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
  }
}
