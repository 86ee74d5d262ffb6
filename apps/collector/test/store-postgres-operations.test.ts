// @vitest-environment node
import pg from 'pg';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { PublicSettingsSchema } from '@growthkit/core';
import { psql, usePostgresDatabase } from '../../../test/support/postgres-database.ts';
import { startCollector } from '../src/index.ts';
import { maintainPartitions } from '../src/store/postgres/event-partitions.ts';
import { openPostgresStore } from '../src/store/postgres/postgres-store.ts';
import type { Store } from '../src/store/store.ts';
import { abTestCampaign, makeEvent } from './collector-fixture.ts';
import { growthEvents } from './store-contract.ts';

// What running PostgreSQL under several collectors needs beyond the contract: migrations once, monthly partitions
// with retention, readiness that follows the database.
const database = usePostgresDatabase();
const doomed = usePostgresDatabase();
const unmigrated = usePostgresDatabase();
const DAY = 86_400_000;

const partitions = (url: string) =>
  psql(
    url,
    "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'events'::regclass ORDER BY 1",
  ).map(([name]) => name);
const monthName = (date: Date) => `events_${date.getUTCFullYear()}_${String(date.getUTCMonth() + 1).padStart(2, '0')}`;

let stores: Store[] = [];
beforeAll(async () => {
  // Six collectors starting at once on an empty database: one migrates, the others wait for it and find it done.
  stores = await Promise.all(Array.from({ length: 6 }, () => openPostgresStore({ connectionString: database.url })));
});
afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
});

test('collectors starting together migrate the database once', () => {
  const applied = psql(database.url, 'SELECT name, count(*) FROM schema_migrations GROUP BY name');
  expect(applied.length).toBeGreaterThan(0);
  expect(applied.every(([, count]) => count === '1')).toBe(true);
});

test("this month's and next month's partitions exist; retention drops whole months behind the horizon and their ids", async () => {
  const now = new Date();
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  expect(partitions(database.url)).toEqual([monthName(now), monthName(next)]);

  const old = growthEvents([makeEvent({ ts: new Date(now.getTime() - 3 * DAY).toISOString() })]);
  await stores[0]!.createProjectIfAbsent({
    id: 'retained',
    publishableKey: 'pk_retained',
    secretKey: 'sk_retained',
    allowedOrigins: [],
    settings: PublicSettingsSchema.parse({}),
  });
  expect(await stores[0]!.insertEvents('retained', old, now.toISOString())).toEqual({ accepted: 1, duplicates: 0 });

  // Four months on with 60 days kept: this month and next are past the horizon and go, with the ids of their events;
  // the months of that day are made.
  const pool = new pg.Pool({ connectionString: database.url });
  try {
    const later = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 4, 15));
    const dropped = await maintainPartitions(pool, 60, later);
    expect(dropped.sort()).toEqual([monthName(now), monthName(next)]);
    expect(partitions(database.url)).toContain(monthName(later));
    expect(partitions(database.url)).not.toContain(monthName(now));
    expect(psql(database.url, "SELECT count(*) FROM event_ids WHERE project_id = 'retained'")).toEqual([['0']]);
  } finally {
    await pool.end();
  }
});

test('an event older than the retention is refused for its ts, a recent one is stored', async () => {
  const collector = await startCollector({ port: 0, databaseUrl: database.url, retentionDays: 30, seedDemo: true });
  try {
    const recent = makeEvent({ ts: new Date(Date.now() - 29 * DAY).toISOString() });
    const stale = makeEvent({ ts: new Date(Date.now() - 31 * DAY).toISOString() });
    const res = await fetch(`${collector.url}/v1/events`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
      body: JSON.stringify({ events: [recent, stale] }),
    });
    const body = (await res.json()) as { accepted: number; rejected: { index: number; field: string; message: string }[] };
    expect(body.accepted).toBe(1);
    expect(body.rejected).toEqual([{ index: 1, field: 'ts', message: expect.stringContaining('30-day retention') }]);
  } finally {
    await collector.close();
  }
});

test('a time PostgreSQL cannot read (year 0000, an offset past ±15:59) is rejected for its ts; the rest of the batch is stored', async () => {
  const collector = await startCollector({ port: 0, databaseUrl: database.url, seedDemo: true });
  try {
    const unreadable = ['0000-06-01T00:00:00.000Z', '2026-11-22T10:00:00+16:00'].map((ts) => makeEvent({ ts }));
    const readable = makeEvent({ ts: '2026-11-22T10:00:00+14:00' });
    const res = await fetch(`${collector.url}/v1/events`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
      body: JSON.stringify({ events: [...unreadable, readable] }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      accepted: 1,
      duplicates: 0,
      rejected: [
        { index: 0, field: 'ts', message: 'must be in year 0001 or later' },
        { index: 1, field: 'ts', message: 'must end in Z or an offset from -14:00 to +14:00' },
      ],
    });
  } finally {
    await collector.close();
  }
});

test("a sentAt centuries ahead moves an event's time before year 0001: that event is rejected for its ts (it failed the whole batch with a 500); the rest is stored", async () => {
  const collector = await startCollector({ port: 0, databaseUrl: database.url, seedDemo: true });
  try {
    const recent = makeEvent({ ts: '9999-12-31T23:59:58.000Z' });
    const ancient = makeEvent({ ts: new Date().toISOString() });
    const res = await fetch(`${collector.url}/v1/events?key=pk_demo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ events: [recent, ancient], sentAt: '9999-12-31T23:59:59.000Z' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      accepted: 1,
      duplicates: 0,
      rejected: [
        {
          index: 1,
          field: 'ts',
          message: "must be in year 0001 or later on this collector's clock (times move by as much as the batch's sentAt is off it)",
        },
      ],
    });
    expect(psql(database.url, `SELECT id FROM events WHERE id IN ('${recent.id}', '${ancient.id}')`)).toEqual([[recent.id]]);
  } finally {
    await collector.close();
  }
});

test('text PostgreSQL refuses (U+0000, half a UTF-16 pair) in a campaign or its author is a 400 naming the field (it was a 500); nothing is saved', async () => {
  const collector = await startCollector({ port: 0, databaseUrl: database.url, seedDemo: true });
  const change = (path: string, method: string, body: object) =>
    fetch(`${collector.url}/v1/admin/campaigns/${path}`, {
      method,
      headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  try {
    const campaign = { ...abTestCampaign('unstorable', 'unstorable'), content: { title: { en: 'Hello\u0000' } } };
    const inContent = await change('unstorable', 'PUT', { campaign, author: 'Pat' });
    expect(inContent.status).toBe(400);
    expect(((await inContent.json()) as { error: object }).error).toMatchObject({ code: 'invalid_campaign', field: 'content.title.en' });
    const lone = { ...campaign, content: { title: { en: 'Hello\ud800' } } };
    expect((await change('unstorable', 'PUT', { campaign: lone, author: 'Pat' })).status).toBe(400);
    const byAuthor = await change('unstorable', 'PUT', { campaign: abTestCampaign('unstorable', 'unstorable'), author: 'Pat\u0000' });
    expect(byAuthor.status).toBe(400);
    expect(((await byAuthor.json()) as { error: object }).error).toMatchObject({ code: 'invalid_request', field: 'author' });
    expect(psql(database.url, "SELECT count(*) FROM campaigns WHERE id = 'unstorable'")).toEqual([['0']]);
  } finally {
    await collector.close();
  }
});

test('a store opened read only (experiment-report) neither migrates a database nor writes to it', async () => {
  await expect(openPostgresStore({ connectionString: unmigrated.url, readOnly: true })).rejects.toThrow(
    /the PostgreSQL database gk_\w+ holds no GrowthKit schema/,
  );
  expect(psql(unmigrated.url, "SELECT to_regclass('schema_migrations') IS NULL")).toEqual([['t']]);

  const reader = await openPostgresStore({ connectionString: database.url, readOnly: true });
  try {
    expect(await reader.experimentCampaign('demo', 'nope')).toBeUndefined();
    await expect(reader.putCampaign('demo', abTestCampaign('read-only', 'read-only'))).rejects.toThrow(/read-only transaction/);
  } finally {
    await reader.close();
  }
});

test('/readyz answers 503 once the database is gone, while /healthz still answers 200; the reason goes to the log, not to the network', async () => {
  const collector = await startCollector({ port: 0, databaseUrl: doomed.url });
  const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
  const name = doomed.url.split('/').pop()!;
  try {
    expect((await fetch(`${collector.url}/readyz`)).status).toBe(200);
    psql(database.url, `DROP DATABASE ${name} WITH (FORCE)`);
    const res = await fetch(`${collector.url}/readyz`);
    expect(res.status).toBe(503);
    // anyone who reaches the port may ask: the database's address, name and the driver's words stay out of the answer
    expect(await res.json()).toEqual({ ok: false, code: 'database_unreachable', message: 'the database does not answer (see the log)' });
    const line = JSON.parse(logged.mock.calls.map(([text]) => String(text)).find((text) => text.includes('database_unreachable'))!);
    expect(line).toMatchObject({
      level: 'warn',
      event: 'database_unreachable',
      requestId: res.headers.get('x-request-id'),
      path: '/readyz',
    });
    expect(line.message.length).toBeGreaterThan(0);
    expect((await fetch(`${collector.url}/healthz`)).status).toBe(200);
  } finally {
    logged.mockRestore();
    await collector.close();
  }
});

test('the server ending connections in the middle of state merges fails those merges, not the process; later merges succeed', async () => {
  const store = stores[1]!;
  const terminate = () =>
    psql(
      database.url,
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
  const state = (i: number) => ({ campaigns: { tour: { impressions: i, steps: {} } } });
  let failed = 0;
  for (let round = 0; round < 5; round++) {
    const merges = Array.from({ length: 16 }, (_, i) => store.mergeUserState('demo', `subject-${i}`, state(round)));
    // a moment later, while the merges hold their connections
    await new Promise((resolve) => setTimeout(resolve, 5));
    terminate();
    const settled = await Promise.allSettled(merges);
    failed += settled.filter((result) => result.status === 'rejected').length;
  }
  // a merge whose connection was ended is refused (the SDK sends its state again), not answered wrong
  expect(failed).toBeGreaterThan(0);
  expect(await store.mergeUserState('demo', 'subject-0', state(9))).toEqual(state(9));
});

test('U+0000 in an event or a URL is refused by name, as on SQLite: the valid events of the batch are stored, nothing fails', async () => {
  const collector = await startCollector({ port: 0, databaseUrl: database.url, seedDemo: true });
  try {
    const valid = makeEvent();
    const res = await fetch(`${collector.url}/v1/events`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
      body: JSON.stringify({ events: [makeEvent({ anonymousId: 'a\u0000b' }), valid] }),
    });
    expect(await res.json()).toMatchObject({ accepted: 1, rejected: [{ index: 0, field: 'anonymousId' }] });
    const state = await fetch(`${collector.url}/v1/state?key=pk_demo&anonymousId=a%00b`);
    expect(state.status).toBe(400);
  } finally {
    await collector.close();
  }
});
