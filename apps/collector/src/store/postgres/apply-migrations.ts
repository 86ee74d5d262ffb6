import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Pool } from 'pg';
import { assertMigrated } from '../migrated-check.ts';
import { transaction, withClient } from './pool-client.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** pg_advisory_lock key held while migrating: any constant the collector uses for nothing else ("gk" "mi"). */
const MIGRATION_LOCK = 0x676b_6d69;

const migrationNames = () =>
  readdirSync(MIGRATIONS_DIR)
    .filter((name) => name.endsWith('.sql'))
    .sort();

/** Throws unless every migration of this version is applied (for tools that only read: migrated-check.ts). */
export async function checkMigrated(pool: Pool, database: string): Promise<void> {
  const all = migrationNames();
  const { rows: table } = await pool.query<{ present: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS present");
  const { rows } = table[0]?.present ? await pool.query<{ name: string }>('SELECT name FROM schema_migrations') : { rows: [] };
  const applied = new Set(rows.map((row) => row.name));
  assertMigrated(
    database,
    all.filter((name) => !applied.has(name)),
    all.length,
  );
}

/**
 * Applies the `.sql` files of ./migrations in file-name order, each once, recorded in schema_migrations. Collectors
 * that start together all call this: the advisory lock lets one migrate while the others wait, and they then find
 * nothing left to do.
 * @returns the names applied by this call
 */
export function applyMigrations(pool: Pool): Promise<string[]> {
  return withClient(pool, async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL)');
      const { rows } = await client.query<{ name: string }>('SELECT name FROM schema_migrations');
      const applied = new Set(rows.map((row) => row.name));
      const pending = migrationNames().filter((name) => !applied.has(name));
      for (const name of pending) {
        await transaction(client, async () => {
          await client.query(readFileSync(MIGRATIONS_DIR + name, 'utf8'));
          await client.query('INSERT INTO schema_migrations (name, applied_at) VALUES ($1, now())', [name]);
        });
      }
      return pending;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    }
  });
}
