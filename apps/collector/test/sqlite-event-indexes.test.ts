// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { EventSchema, PublicSettingsSchema, type GrowthEvent } from '@growthkit/core';
import { toEventRows } from '../src/store/sqlite/event-row.ts';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../src/store/store.ts';
import { makeEvent } from './collector-fixture.ts';

const MIGRATIONS = fileURLToPath(new URL('../src/store/sqlite/migrations/', import.meta.url));
/** The last migration of the file format before the partial event indexes. */
const OLD_FORMAT_END = '0006-campaign-versions.sql';

const PROJECT = { id: 'p', publishableKey: 'pk_p', secretKey: 'sk_p', allowedOrigins: [], settings: PublicSettingsSchema.parse({}) };
const DAY = 86_400_000;
const at = (ms: number) => new Date(Date.UTC(2026, 10, 1) + ms).toISOString();

/** A month of a small product: a visitor who signs up and joins an account, a colleague, an anonymous reader, billing. */
const EVENTS: GrowthEvent[] = [
  makeEvent({ id: 'ev-000001', anonymousId: 'dev-ada', name: 'page_viewed', type: 'page', ts: at(0) }),
  makeEvent({
    id: 'ev-000002',
    anonymousId: 'dev-ada',
    name: 'identify',
    type: 'identify',
    userId: 'ada',
    ts: at(1000),
    props: { email: 'ada@acme.test' },
  }),
  makeEvent({
    id: 'ev-000003',
    anonymousId: 'dev-ada',
    name: 'group',
    type: 'group',
    userId: 'ada',
    accountId: 'acme',
    ts: at(2000),
    props: { name: 'Acme' },
  }),
  makeEvent({ id: 'ev-000004', anonymousId: 'dev-ada', name: 'doc_created', userId: 'ada', accountId: 'acme', ts: at(DAY) }),
  makeEvent({ id: 'ev-000005', anonymousId: 'dev-bob', name: 'doc_created', userId: 'bob', accountId: 'acme', ts: at(2 * DAY) }),
  makeEvent({ id: 'ev-000006', anonymousId: 'dev-eve', name: 'page_viewed', type: 'page', ts: at(3 * DAY) }),
  makeEvent({
    id: 'ev-000007',
    anonymousId: 'srv',
    name: 'subscription_started',
    accountId: 'acme',
    ts: at(4 * DAY),
    props: { plan: 'pro', mrr: 4900 },
  }),
  makeEvent({ id: 'ev-000008', anonymousId: 'dev-ada', name: 'doc_created', userId: 'ada', accountId: 'acme', ts: at(8 * DAY) }),
].map((event) => EventSchema.parse(event));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'growthkit-indexes-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A file as the collector made it before the partial indexes: migrations up to OLD_FORMAT_END, EVENTS stored as it stored them. */
function oldFile(path: string): void {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
  for (const name of readdirSync(MIGRATIONS)
    .filter((file) => file.endsWith('.sql') && file <= OLD_FORMAT_END)
    .sort()) {
    db.exec(readFileSync(MIGRATIONS + name, 'utf8'));
    db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(name, new Date().toISOString());
  }
  db.prepare('INSERT INTO projects (id, publishable_key, secret_key) VALUES (?, ?, ?)').run(
    PROJECT.id,
    PROJECT.publishableKey,
    PROJECT.secretKey,
  );
  const insert = db.prepare(
    `INSERT OR IGNORE INTO events (project_id, id, type, name, ts, received_at, anonymous_id, user_id, account_id,
       session_id, campaign_id, experiment, variant, props, context) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const event of EVENTS) insert.run(...toEventRows(PROJECT.id, [event], at(9 * DAY))[0]!);
  db.close();
}

/** What the admin API and the reports read of the file. */
async function readings(store: Store) {
  const month = { start: new Date(at(0)), end: new Date(at(30 * DAY)) };
  return {
    events: await store.listEvents(PROJECT.id, { limit: 100 }),
    ada: await store.userEvents(PROJECT.id, 'ada'),
    bob: await store.userEvents(PROJECT.id, 'bob'),
    acme: await store.accountEvents(PROJECT.id, 'acme'),
    seats: await store.accountUserIds(PROJECT.id, 'acme'),
    usage: await store.accountUsage(PROJECT.id, 'acme', new Date(at(0))),
    search: await store.searchCustomers(PROJECT.id, { text: 'a', limit: 10 }),
    metrics: await store.metricsTally(PROJECT.id, { intervals: [month], reportEnd: month.end }),
  };
}

test('a file made before the partial event indexes keeps its events, and every reading of it is the same as a new file’s', async () => {
  const oldPath = join(dir, 'old.sqlite');
  oldFile(oldPath);
  const migrated = openSqliteStore(oldPath);
  const fresh = openSqliteStore(join(dir, 'new.sqlite'));
  await fresh.createProjectIfAbsent(PROJECT);
  await fresh.insertEvents(PROJECT.id, EVENTS, at(9 * DAY));
  const [before, after] = [await readings(fresh), await readings(migrated)];
  await Promise.all([fresh.close(), migrated.close()]);

  expect(after.events.events.map((event) => event.id)).toEqual(EVENTS.map((event) => event.id));
  expect(after).toEqual(before);
  // the readings are the month's, not empty ones
  expect(after.ada.map((event) => event.id)).toEqual(['ev-000001', 'ev-000002', 'ev-000003', 'ev-000004', 'ev-000008']);
  expect(after.seats).toEqual(['ada', 'bob']);
  expect(after.search).toEqual([
    { kind: 'account', id: 'acme' },
    { kind: 'user', id: 'ada' },
  ]);
  expect(after.metrics[0]!.retention.cohort).toBe(2);
  expect(after.metrics[0]!.revenue).toEqual({ paying: 1, mrr: 4900 });

  const db = new Database(oldPath, { readonly: true });
  const indexes = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL").all();
  db.close();
  expect(indexes).toEqual(
    expect.arrayContaining([
      { name: 'events_project_anonymous', sql: expect.stringContaining('WHERE user_id IS NULL') },
      { name: 'events_project_account', sql: expect.stringContaining('WHERE account_id IS NOT NULL') },
      { name: 'events_project_user', sql: expect.stringContaining('WHERE user_id IS NOT NULL') },
    ]),
  );
});
