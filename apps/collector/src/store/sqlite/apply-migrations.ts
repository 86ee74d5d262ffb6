import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { assertMigrated } from '../migrated-check.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

const migrationNames = () =>
  readdirSync(MIGRATIONS_DIR)
    .filter((name) => name.endsWith('.sql'))
    .sort();

/** Throws unless every migration of this version is applied (for tools that only read: migrated-check.ts). */
export function checkMigrated(db: Database.Database, path: string): void {
  const all = migrationNames();
  const recorded = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get() !== undefined;
  const applied = new Set(recorded ? (db.prepare('SELECT name FROM schema_migrations').pluck().all() as string[]) : []);
  assertMigrated(
    `the SQLite file ${path}`,
    all.filter((name) => !applied.has(name)),
    all.length,
  );
}

/**
 * Applies the `.sql` files of ./migrations in file-name order, each once: applied names are recorded in
 * schema_migrations, so reopening a database only runs what is new.
 * @returns the names applied by this call
 */
export function applyMigrations(db: Database.Database): string[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT name FROM schema_migrations').pluck().all() as string[]);
  const record = db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)');
  const pending = migrationNames().filter((name) => !applied.has(name));
  for (const name of pending) {
    const sql = readFileSync(MIGRATIONS_DIR + name, 'utf8');
    db.transaction(() => {
      db.exec(sql);
      record.run(name, new Date().toISOString());
    })();
  }
  return pending;
}
