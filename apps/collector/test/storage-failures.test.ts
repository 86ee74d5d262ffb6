// @vitest-environment node
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { startCollector } from '../src/index.ts';
import { makeEvent, postEvents, startTestCollector, type TestCollector } from './collector-fixture.ts';

let collector: TestCollector;
let logged: ReturnType<typeof vi.spyOn>;
beforeEach(async () => {
  logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  collector = await startTestCollector({ storageFailureHoldMs: 60_000 });
});
afterEach(async () => {
  logged.mockRestore();
  await collector.close();
});

/** Makes the store's event writes fail as a full disk makes SQLite's fail, until the returned function is called. */
function diskFull(): () => void {
  const insertEvents = collector.store.insertEvents;
  collector.store.insertEvents = async () => {
    throw new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
  };
  return () => {
    collector.store.insertEvents = insertEvents;
  };
}

const logLines = () => logged.mock.calls.map((call: unknown[]) => JSON.parse(String(call[0])) as Record<string, unknown>);
const ready = async () => (await fetch(`${collector.url}/readyz`)).status;

test('a full disk answers 503 with Retry-After, readiness follows, and the run of failures is logged once until a write succeeds', async () => {
  expect(await ready()).toBe(200);
  const recover = diskFull();
  const answers = await Promise.all(Array.from({ length: 5 }, () => postEvents(collector, JSON.stringify({ events: [makeEvent()] }))));
  for (const res of answers) {
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    const { error } = (await res.json()) as { error: { code: string; requestId: string } };
    expect(error.code).toBe('storage_unavailable');
    expect(error.requestId).toBe(res.headers.get('x-request-id'));
  }
  expect(await ready()).toBe(503);
  expect(logLines()).toEqual([
    expect.objectContaining({
      event: 'storage_failing',
      code: 'SQLITE_FULL',
      message: 'database or disk is full',
      method: 'POST',
      path: '/v1/events',
    }),
  ]);

  recover();
  expect((await postEvents(collector, JSON.stringify({ events: [makeEvent()] }))).status).toBe(200);
  expect(await ready()).toBe(200);
  expect(logLines()[1]).toMatchObject({ event: 'storage_recovered', failedRequests: 5 });
  expect(logLines()).toHaveLength(2);
});

test('readiness answers again after the hold without failures, so a collector no traffic reaches can come back', async () => {
  await collector.close();
  collector = await startTestCollector({ storageFailureHoldMs: 100 });
  diskFull();
  expect((await postEvents(collector, JSON.stringify({ events: [makeEvent()] }))).status).toBe(503);
  expect(await ready()).toBe(503);
  await expect.poll(ready, { timeout: 5_000, interval: 50 }).toBe(200);
});

test('a database file that cannot be written is refused at start, naming the file and the fix', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'growthkit-readonly-'));
  const path = join(dir, 'growthkit.sqlite');
  try {
    await (await startCollector({ port: 0, dbPath: path })).close();
    // A write version above 2 in the header (byte 18) makes SQLite open the file read-only, as a read-only mount
    // does, and unlike file permissions it holds for root too.
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.from([3]), 0, 1, 18);
    closeSync(fd);
    await expect(startCollector({ port: 0, dbPath: path })).rejects.toThrow(
      new RegExp(`the SQLite file ${path} cannot be written \\(SQLITE_READONLY.*writable by this user`),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
