// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { EventSchema, PublicSettingsSchema } from '@growthkit/core';
import { startCollector } from '../src/index.ts';
import { makeEvent } from './collector-fixture.ts';
import { DEMO_CAMPAIGNS } from '../src/seed/demo-project.ts';

let dir: string;
let dbPath: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'growthkit-storage-'));
  dbPath = join(dir, 'growthkit.sqlite');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function read<Row>(sql: string): Row[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all() as Row[];
  } finally {
    db.close();
  }
}

test('reopening the database applies each migration once and keeps the stored events', async () => {
  const first = await startCollector({ port: 0, dbPath });
  await first.store.createProjectIfAbsent({
    id: 'p',
    publishableKey: 'pk_p',
    secretKey: 'sk_p',
    allowedOrigins: [],
    settings: PublicSettingsSchema.parse({}),
  });
  await first.store.insertEvents('p', [EventSchema.parse(makeEvent())], new Date().toISOString());
  await first.close();
  const migrationsAfterFirst = read<{ name: string }>('SELECT name FROM schema_migrations');
  expect(migrationsAfterFirst.length).toBeGreaterThanOrEqual(1);

  const second = await startCollector({ port: 0, dbPath });
  await second.close();
  expect(read('SELECT name FROM schema_migrations')).toEqual(migrationsAfterFirst);
  expect(read('SELECT id FROM events')).toHaveLength(1);
  expect(read<{ journal_mode: string }>('PRAGMA journal_mode')[0].journal_mode).toBe('wal');
});

test('seeding the demo twice keeps one demo project and one onboarding campaign, and leaves edits alone', async () => {
  const first = await startCollector({ port: 0, dbPath, seedDemo: true });
  const onboarding = (await first.store.liveCampaigns('demo')).find((campaign) => campaign.id === 'onboarding')!;
  await first.store.putCampaign('demo', { ...onboarding, priority: 99 });
  await first.close();

  const second = await startCollector({ port: 0, dbPath, seedDemo: true });
  const campaigns = await second.store.liveCampaigns('demo');
  await second.close();

  expect(read('SELECT id, publishable_key, secret_key FROM projects')).toEqual([
    { id: 'demo', publishable_key: 'pk_demo', secret_key: 'sk_demo' },
  ]);
  expect(campaigns.map((campaign) => campaign.id).sort()).toEqual(DEMO_CAMPAIGNS.map((campaign) => campaign.id).sort());
  expect(campaigns.find((campaign) => campaign.id === 'onboarding')?.priority).toBe(99);
});
