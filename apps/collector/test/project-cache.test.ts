// @vitest-environment node
import Database from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { startTestCollector, type TestCollector } from './collector-fixture.ts';

let collector: TestCollector;
afterEach(async () => {
  await collector.close();
});

const adminStatus = async (key: string) =>
  (await fetch(`${collector.url}/v1/admin/events`, { headers: { authorization: `Bearer ${key}` } })).status;

test('SQLite: keys replaced in the projects row by another process stop working once the cached project expires', async () => {
  collector = await startTestCollector({ projectCacheMs: 200 });
  expect(await adminStatus('sk_demo')).toBe(200);
  expect((await fetch(`${collector.url}/v1/config?key=pk_demo`)).status).toBe(200);

  const other = new Database(collector.dbPath);
  try {
    other.prepare("UPDATE projects SET secret_key = 'sk_rotated', publishable_key = 'pk_rotated' WHERE id = 'demo'").run();
  } finally {
    other.close();
  }
  await expect.poll(() => adminStatus('sk_demo'), { timeout: 5_000, interval: 50 }).toBe(401);
  // each key's copy expires on its own clock: the publishable one was looked up after the secret one
  await expect.poll(async () => (await fetch(`${collector.url}/v1/config?key=pk_demo`)).status, { timeout: 5_000, interval: 50 }).toBe(401);
  expect(await adminStatus('sk_rotated')).toBe(200);
});
