// @vitest-environment node
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { makeEvent, postEvents, startTestCollector, type TestCollector } from './collector-fixture.ts';

// What an operator needs to find one failure in the log: the time, the request (method, path, id) and the error's
// code and message, and the same id in the answer the client got.
let collector: TestCollector;
let logged: ReturnType<typeof vi.spyOn>;
beforeAll(async () => {
  collector = await startTestCollector();
});
afterAll(async () => {
  await collector.close();
});
beforeEach(() => {
  logged = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  logged.mockRestore();
});

const logLines = () => logged.mock.calls.map((call: unknown[]) => JSON.parse(String(call[0])) as Record<string, unknown>);

test("every answer carries X-Request-Id: the client's own when it is a sane token, else a new one", async () => {
  const own = await fetch(`${collector.url}/healthz`, { headers: { 'x-request-id': 'lb-7f3a.9c:01' } });
  expect(own.headers.get('x-request-id')).toBe('lb-7f3a.9c:01');
  const fresh = await fetch(`${collector.url}/v1/config?key=pk_nope`);
  expect(fresh.status).toBe(401);
  expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  for (const insane of ['has spaces', '"quoted"', 'x'.repeat(200)]) {
    const res = await fetch(`${collector.url}/healthz`, { headers: { 'x-request-id': insane } });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  }
});

test('a 500 is logged as one JSON line with the time, method, path and request id, and the answer names that id', async () => {
  const liveCampaigns = collector.store.liveCampaigns;
  collector.store.liveCampaigns = async () => {
    throw Object.assign(new Error('disk on fire'), { code: 'EFIRE' });
  };
  try {
    const res = await fetch(`${collector.url}/v1/config?key=pk_demo`, { headers: { 'x-request-id': 'req-42' } });
    expect(res.status).toBe(500);
    expect(res.headers.get('x-request-id')).toBe('req-42');
    const { error } = (await res.json()) as { error: { code: string; message: string; requestId: string } };
    expect(error).toMatchObject({ code: 'internal', requestId: 'req-42' });
    expect(error.message).toMatch(/request id req-42/);
  } finally {
    collector.store.liveCampaigns = liveCampaigns;
  }
  expect(logged).toHaveBeenCalledTimes(1);
  const [line] = logLines();
  expect(line).toMatchObject({
    level: 'error',
    event: 'unexpected_error',
    requestId: 'req-42',
    method: 'GET',
    path: '/v1/config',
    code: 'EFIRE',
    message: 'disk on fire',
  });
  expect(new Date(String(line!.time)).toISOString()).toBe(line!.time);
  expect(String(line!.stack)).toMatch(/disk on fire/);
});

test("an error in SQLite's writer thread reaches the log with its message and code", async () => {
  const db = new Database(collector.dbPath);
  db.exec("CREATE TRIGGER refuse_boom BEFORE INSERT ON events WHEN NEW.name = 'boom' BEGIN SELECT RAISE(ABORT, 'boom refused'); END");
  db.close();
  // More events than the main thread stores itself: this batch goes to the writer thread.
  const events = Array.from({ length: 60 }, () => makeEvent({ name: 'boom' }));
  const res = await postEvents(collector, JSON.stringify({ events }));
  expect(res.status).toBe(500);
  expect(logLines()).toEqual([
    expect.objectContaining({ event: 'unexpected_error', path: '/v1/events', code: 'SQLITE_CONSTRAINT_TRIGGER', message: 'boom refused' }),
  ]);
});
