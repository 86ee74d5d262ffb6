import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { postgresBin } from './postgres-cluster.ts';

/** Runs SQL with psql (the tests' side never links a driver) and returns the rows as arrays of text fields. */
export function psql(url: string, sql: string): string[][] {
  const out = execFileSync(join(postgresBin(), 'psql'), [url, '-X', '-q', '-At', '-F', '\t', '-v', 'ON_ERROR_STOP=1', '-c', sql], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  return out
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\t'));
}

/**
 * A fresh database for this test file in the project's throwaway cluster (test/support/postgres-global-setup.ts),
 * dropped after the file's tests. Read `url` inside tests and hooks.
 */
export function usePostgresDatabase(): { url: string } {
  const database = { url: '' };
  const name = `gk_${randomBytes(6).toString('hex')}`;
  const server = inject('postgresUrl');
  beforeAll(() => {
    psql(server, `CREATE DATABASE ${name}`);
    database.url = server.replace(/\/postgres$/, `/${name}`);
  });
  afterAll(() => {
    psql(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
  return database;
}
