// @vitest-environment node
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { usePostgresDatabase } from '../../../test/support/postgres-database.ts';
import { openPostgresStore } from '../src/store/postgres/postgres-store.ts';

// The CLI's project commands on PostgreSQL (cli.test.ts runs them on SQLite).
const database = usePostgresDatabase();
const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

async function command(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    env: { ...process.env, DATABASE_URL: database.url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, stdout, stderr, secretKey: /secret key:\s+(sk_\S+)/.exec(stdout)?.[1] ?? '' };
}

test('create-project and rotate-keys work on PostgreSQL (DATABASE_URL): the project has its origins, the old keys are gone', async () => {
  const created = await command(['create-project', '--name', 'Acme', '--origin', 'https://app.acme.com']);
  expect(created.code).toBe(0);
  expect(created.secretKey).toMatch(/^sk_[A-Za-z0-9_-]{32}$/);
  expect((await command(['create-project', '--name', 'acme', '--origin', 'https://app.acme.com'])).code).toBe(1);
  const rotated = await command(['rotate-keys', '--project', 'acme']);
  expect(rotated.code).toBe(0);
  expect(rotated.secretKey).not.toBe(created.secretKey);

  const store = await openPostgresStore({ connectionString: database.url });
  try {
    expect(await store.projectBySecretKey(created.secretKey)).toBeUndefined();
    expect(await store.projectBySecretKey(rotated.secretKey)).toMatchObject({ id: 'acme', allowedOrigins: ['https://app.acme.com'] });
  } finally {
    await store.close();
  }
}, 90_000);
