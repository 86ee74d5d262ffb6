// @vitest-environment node
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startCollector } from '../src/index.ts';

const REPORT = fileURLToPath(new URL('../src/experiment-report.ts', import.meta.url));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'growthkit-report-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** `pnpm experiment-report …` to its end. */
function report(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', REPORT, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

const migrations = (path: string) => {
  const db = new Database(path, { readonly: true });
  const names = db.prepare('SELECT name FROM schema_migrations ORDER BY name').pluck().all();
  db.close();
  return names;
};

test('experiment-report reads the database it is given and never creates or migrates one', async () => {
  // a mistyped --db: an error naming it, and no new empty database left behind
  const typo = join(dir, 'growthkti.sqlite');
  const missing = await report(['demo-upgrade-copy', '--db', typo]);
  expect(missing.code).toBe(1);
  expect(missing.stderr).toMatch(`there is no SQLite file at ${typo}`);
  expect(existsSync(typo)).toBe(false);

  const db = join(dir, 'growthkit.sqlite');
  await (await startCollector({ port: 0, dbPath: db, seedDemo: true })).close();
  const read = await report(['demo-upgrade-copy', '--db', db]);
  expect(read.code).toBe(0);
  expect(read.stdout).toMatch(/^Experiment demo-upgrade-copy/);

  // a database of older collectors (its latest migration not applied) is left as it is: the report refuses it
  const all = migrations(db);
  const older = new Database(db);
  older.prepare('DELETE FROM schema_migrations WHERE name = ?').run(all.at(-1));
  older.close();
  const refused = await report(['demo-upgrade-copy', '--db', db]);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toMatch(
    `the SQLite file ${db} was last migrated by an older collector (1 migration of this version not applied: ${all.at(-1)})`,
  );
  expect(migrations(db)).toEqual(all.slice(0, -1));
}, 60_000);
