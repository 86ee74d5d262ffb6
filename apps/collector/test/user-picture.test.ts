// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { PublicSettingsSchema, type EventInput, type UserState } from '@growthkit/core';
import type { userPicture } from '../src/users/user-picture.ts';
import { makeEvent, startTestCollector, type TestCollector } from './collector-fixture.ts';

/** A project whose scorecard has three key features and one work event. */
const scorecardProject = {
  id: 'scorecard',
  publishableKey: 'pk_scorecard',
  secretKey: 'sk_scorecard',
  allowedOrigins: [],
  settings: PublicSettingsSchema.parse({
    value: { keyFeatures: ['report_generated', 'doc_shared', 'invite_sent'], workEvents: ['doc_created'], workPerPrice: 1, lowScore: 40 },
  }),
};

const DAY = 86_400_000;
// Noon UTC of today, so "n days ago" stays inside the scorecard's 30 UTC days whatever the hour the test runs.
const NOW = Math.floor(Date.now() / DAY) * DAY + DAY / 2;
const daysAgo = (n: number) => new Date(NOW - n * DAY).toISOString();

let collector: TestCollector;
beforeEach(async () => {
  collector = await startTestCollector();
  await collector.store.createProjectIfAbsent(scorecardProject);
});
afterEach(async () => {
  await collector.close();
});

async function send(events: EventInput[]) {
  const res = await fetch(`${collector.url}/v1/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk_scorecard' },
    body: JSON.stringify({ events }),
  });
  expect(await res.json()).toMatchObject({ accepted: events.length, rejected: [] });
}

/**
 * Account acme pays for 4 seats at plan_price 10,000 (100.00 a month: 100 work events a month). Seat ada (NPS 5) created
 * 10 docs and generated a report; seat bob created 5 docs; seat cy only saw a prompt (gk.* is not use); eve, of another
 * account, shared a doc. So breadth = 1 of 3 key features = 0.333, depth = 2 of 4 seats = 0.5, reach = 15 / 100 = 0.15,
 * value_score = round(100 × (0.333 + 0.5 + 0.15) / 3) = 33: below 40 with renewal in 10 days, the low_value signal.
 */
function seedAcme(): EventInput[] {
  const seat = (userId: string, accountId = 'acme') => ({ userId, anonymousId: `anon-${userId}`, accountId });
  const acme = { seats: 4, plan_price: 10_000, plan: 'basic', renews_at: new Date(NOW + 10 * DAY).toISOString() };
  return [
    makeEvent({ ...seat('ada'), type: 'identify', name: 'identify', ts: daysAgo(20), props: { nps: 5, signed_up_at: daysAgo(20) } }),
    makeEvent({ ...seat('ada'), type: 'group', name: 'group', ts: daysAgo(20), props: acme }),
    ...Array.from({ length: 10 }, (_, n) => makeEvent({ ...seat('ada'), name: 'doc_created', ts: daysAgo(n) })),
    makeEvent({ ...seat('ada'), name: 'report_generated', ts: daysAgo(3) }),
    makeEvent({ ...seat('bob'), type: 'group', name: 'group', ts: daysAgo(15), props: acme }),
    ...Array.from({ length: 5 }, (_, n) => makeEvent({ ...seat('bob'), name: 'doc_created', ts: daysAgo(n + 1) })),
    makeEvent({ ...seat('cy'), type: 'widget', name: 'gk.shown', campaignId: 'upsell-card', ts: daysAgo(2) }),
    makeEvent({ ...seat('eve', 'globex'), name: 'doc_shared', ts: daysAgo(1) }),
    makeEvent({ ...seat('ada'), type: 'widget', name: 'gk.exposure', experiment: 'upgrade-copy', variant: 'value', ts: daysAgo(4) }),
  ];
}

const picture = (userId: string, at = new Date(NOW).toISOString()) =>
  fetch(`${collector.url}/v1/admin/users/${encodeURIComponent(userId)}?at=${at}`, { headers: { authorization: 'Bearer sk_scorecard' } });

describe('GET /v1/admin/users/:userId', () => {
  test("a seat's picture: traits, the account, computed risk with its signals and the value score over both seats' events", async () => {
    await send(seedAcme());
    const res = await picture('ada');
    expect(res.status).toBe(200);
    const body = (await res.json()) as ReturnType<typeof userPicture>;
    expect(body.traits).toMatchObject({ nps: 5 });
    expect(body.account).toMatchObject({ id: 'acme', seats: 4, plan_price: 10_000 });
    expect(body.computed).toEqual({
      days_since_signup: 20,
      days_to_renewal: 10,
      tier: 'basic',
      value_score: 33,
      risk: 'high',
      riskSignals: ['negative_feedback', 'low_value'],
    });
    expect(body.value).toEqual({ breadth: 0.333, depth: 0.5, reach: 0.15, value_score: 33, at: new Date(NOW).toISOString() });
    // The user's own counters: bob's docs are the account's, not ada's.
    expect(body.counters.doc_created).toMatchObject({ total: 10, last7: 7 });
    expect(body.experiments).toEqual({ 'upgrade-copy': { variant: 'value', at: daysAgo(4) } });
    expect(body.widgets).toEqual({ campaigns: {}, contacts: [] });
    expect(body.eventCount).toBe(14);
    expect(body.lastEvents).toHaveLength(14);
    expect(body.lastEvents[0]).toMatchObject({ name: 'doc_created', ts: daysAgo(0) });
  });

  test('a user nobody has sent an event for is a 404 naming them', async () => {
    const res = await picture('nobody@example.com');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('"nobody@example.com"');
  });
});

describe('the value scorecard in the state answer', () => {
  const stateUrl = (query: Record<string, string>) =>
    `${collector.url}/v1/state?${new URLSearchParams({ key: 'pk_scorecard', anonymousId: 'device-1', ...query })}`;

  test("a seat's state carries the account's scorecard, computed for the answer and never stored", async () => {
    await send(seedAcme());
    const got = (await (await fetch(stateUrl({ userId: 'bob' }))).json()) as UserState;
    expect(got.value).toMatchObject({ breadth: 0.333, depth: 0.5, reach: 0.15, value_score: 33 });
    expect(Date.parse(got.value!.at)).toBeGreaterThan(Date.now() - 60_000);

    // A device cannot set its own score: the copy it sends is dropped, the answer carries the collector's.
    const forged = {
      campaigns: { onboarding: { impressions: 1 } },
      value: { breadth: 1, depth: 1, reach: 1, value_score: 100, at: daysAgo(0) },
    };
    const put = await fetch(stateUrl({ userId: 'bob' }), {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(forged),
    });
    expect(((await put.json()) as UserState).value).toMatchObject({ value_score: 33 });
    const [row] = collector.query<{ state: string }>('SELECT state FROM user_state');
    expect(JSON.parse(row!.state)).not.toHaveProperty('value');
  });

  test('a user without an account, and an anonymous visitor, get no scorecard', async () => {
    await send([makeEvent({ userId: 'solo', anonymousId: 'anon-solo', ts: daysAgo(1) })]);
    expect(await (await fetch(stateUrl({ userId: 'solo' }))).json()).toEqual({ campaigns: {} });
    expect(await (await fetch(stateUrl({}))).json()).toEqual({ campaigns: {} });
  });
});
