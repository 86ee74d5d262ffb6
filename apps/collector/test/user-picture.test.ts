// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { UserPictureSchema, type EventInput, type UserState } from '@growthkit/core';
import { daysAgo, NOW, scorecardProject, seedAcme } from './acme-account.ts';
import { makeEvent, startTestCollector, type TestCollector } from './collector-fixture.ts';
import { sendServerEvents } from './server-events.ts';

let collector: TestCollector;
beforeEach(async () => {
  collector = await startTestCollector();
  await collector.store.createProjectIfAbsent(scorecardProject);
});
afterEach(async () => {
  await collector.close();
});

const send = (events: EventInput[]) => sendServerEvents(collector, events, 'sk_scorecard');

const picture = (userId: string, at = new Date(NOW).toISOString()) =>
  fetch(`${collector.url}/v1/admin/users/${encodeURIComponent(userId)}?at=${at}`, { headers: { authorization: 'Bearer sk_scorecard' } });

describe('GET /v1/admin/users/:userId', () => {
  test("a seat's picture: traits, the account, computed risk with its signals and the value score over both seats' events", async () => {
    await send(seedAcme());
    const res = await picture('ada');
    expect(res.status).toBe(200);
    const body = UserPictureSchema.parse(await res.json());
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

  test('lastEvents are newest first by instant, whatever offset each time was written with', async () => {
    const event = (name: string, ts: string) => makeEvent({ name, ts, userId: 'zoe', anonymousId: 'anon-zoe' });
    // as text 12:00+08:00 sorts after 10:00Z, as instants it is 04:00 UTC, before it
    await send([event('at_ten_utc', '2026-11-20T10:00:00.000Z'), event('at_four_utc', '2026-11-20T12:00:00.000+08:00')]);
    const body = UserPictureSchema.parse(await (await picture('zoe')).json());
    expect(body.lastEvents.map((e) => e.name)).toEqual(['at_ten_utc', 'at_four_utc']);
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
