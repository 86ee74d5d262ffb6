// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import type { EventInput } from '@growthkit/core';
import { startCollector, type Collector } from '../src/index.ts';
import { DEMO_PROJECT } from '../src/seed/demo-project.ts';
import { abTestCampaign, makeEvent } from './collector-fixture.ts';

// Results read exposures from a table kept at ingest (one row per user id or anonymous id), merged with sign-ins when
// results are asked for; these cases pin what that must not change: the order events arrive in, sign-ins that come
// after the exposures, and a database written before the table existed.

const T = Date.parse('2026-11-01T10:00:00.000Z');
const at = (ms: number) => new Date(T + ms).toISOString();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const exposure = (who: Partial<EventInput>, variant: string, ms: number) =>
  makeEvent({
    type: 'widget',
    name: 'gk.exposure',
    campaignId: 'merge-campaign',
    experiment: 'merge-test',
    variant,
    ts: at(ms),
    anonymousId: `device-of-${who.userId}`,
    ...who,
  });
const signIn = (anonymousId: string, userId: string, ms: number) =>
  makeEvent({ type: 'identify', name: 'identify', anonymousId, userId, ts: at(ms) });
const goal = (who: Partial<EventInput>, ms: number) =>
  makeEvent({ name: 'plan_upgraded', ts: at(ms), anonymousId: 'billing-server', ...who });

let collector: Collector | undefined;
let dir: string;
afterEach(async () => {
  await collector?.close();
  collector = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const send = async (events: EventInput[]) => {
  const res = await fetch(`${collector!.url}/v1/events`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  expect(await res.json()).toMatchObject({ accepted: events.length, rejected: [] });
};
const counts = async (url: string) => {
  const body = await (
    await fetch(`${url}/v1/admin/experiments/merge-test/results`, { headers: { authorization: 'Bearer sk_demo' } })
  ).json();
  return {
    arms: body.variants.map(({ key, exposed, converted }: Record<string, unknown>) => ({ key, exposed, converted })),
    excluded: body.excludedMultipleExposure,
  };
};

const EXPECTED = {
  arms: [
    { key: 'a', exposed: 1, converted: 0 },
    { key: 'b', exposed: 1, converted: 1 },
  ],
  excluded: 1,
};

async function storeHistory() {
  dir = mkdtempSync(join(tmpdir(), 'growthkit-collector-'));
  const dbPath = join(dir, 'growthkit.sqlite');
  collector = await startCollector({ port: 0, dbPath, seedDemo: true });
  await collector.store.putCampaign(DEMO_PROJECT.id, abTestCampaign('merge-campaign', 'merge-test'));
  await send([
    exposure({ anonymousId: 'anon-10' }, 'a', 0),
    exposure({ anonymousId: 'anon-11' }, 'a', 0),
    exposure({ userId: 'u12' }, 'b', 5 * DAY),
  ]);
  await send([
    // anon-10 signs in after its exposure and is exposed again as u10 two days on: one person whose window starts at
    // the anonymous exposure, so a goal on day 15 is too late
    signIn('anon-10', 'u10', HOUR),
    exposure({ userId: 'u10' }, 'a', 2 * DAY),
    goal({ userId: 'u10' }, 15 * DAY),
    // anon-11 saw a anonymously and b once signed in: left out
    signIn('anon-11', 'u11', HOUR),
    exposure({ userId: 'u11' }, 'b', DAY),
    // an earlier exposure arriving later moves the window's start back: the goal on day 4 converts
    exposure({ userId: 'u12' }, 'b', 0),
    goal({ userId: 'u12' }, 4 * DAY),
  ]);
  return { url: collector.url, dbPath };
}

test('exposures are merged per person whatever order they and the sign-ins arrive in', async () => {
  const { url } = await storeHistory();
  expect(await counts(url)).toEqual(EXPECTED);
});

test('a database written before the exposure table existed is filled from its events on open, with the same results', async () => {
  const { dbPath } = await storeHistory();
  await collector!.close();
  collector = undefined;
  // Put the file back as migration 0003 left it: no exposure table, the exposure index in place.
  const db = new Database(dbPath);
  db.exec(`DROP TABLE experiment_exposures;
    CREATE INDEX events_exposures ON events (project_id, experiment, user_id, anonymous_id, variant, ts) WHERE name = 'gk.exposure';
    DELETE FROM schema_migrations WHERE name = '0004-experiment-exposures.sql';`);
  db.close();
  collector = await startCollector({ port: 0, dbPath });
  expect(await counts(collector.url)).toEqual(EXPECTED);
});
