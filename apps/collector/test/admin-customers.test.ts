// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { AccountPictureSchema, CustomerSearchSchema, type EventInput } from '@growthkit/core';
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

const admin = (path: string) => fetch(`${collector.url}/v1/admin/${path}`, { headers: { authorization: 'Bearer sk_scorecard' } });

/** Acme's seats and Globex's eve, with the names, emails and companies a success manager would type. */
function seedNamed(): EventInput[] {
  const identify = (userId: string, accountId: string, props: Record<string, unknown>) =>
    makeEvent({ type: 'identify', name: 'identify', userId, accountId, anonymousId: `anon-${userId}`, ts: daysAgo(19), props });
  return [
    ...seedAcme(),
    identify('ada', 'acme', { name: 'Ada Lovelace', email: 'ada@acme.test', company: 'Acme' }),
    identify('bob', 'acme', { name: 'Bob Stone', email: 'bob@acme.test' }),
    identify('eve', 'globex', { name: 'Eve Adams', email: 'eve@globex.test', company: 'Globex' }),
    makeEvent({
      type: 'group',
      name: 'group',
      userId: 'eve',
      accountId: 'globex',
      anonymousId: 'anon-eve',
      ts: daysAgo(9),
      props: { name: 'Globex Corp' },
    }),
  ];
}

const search = async (query: string) => {
  const res = await admin(`customers?${query}`);
  expect(res.status).toBe(200);
  return CustomerSearchSchema.parse(await res.json());
};

describe('GET /v1/admin/customers', () => {
  test('finds users and accounts by id prefix and by name, email or company, in id order, whatever the case', async () => {
    await send(seedNamed());
    const ada = await search('query=ADA');
    // ada by her id, eve by "Eve Adams"
    expect(ada.results).toEqual([
      { kind: 'user', id: 'ada', name: 'Ada Lovelace', email: 'ada@acme.test', company: 'Acme', accountId: 'acme' },
      { kind: 'user', id: 'eve', name: 'Eve Adams', email: 'eve@globex.test', company: 'Globex', accountId: 'globex' },
    ]);
    expect(ada).toMatchObject({ query: 'ADA', next: null });
    expect((await search('query=globex')).results.map((match) => `${match.kind}:${match.id}`)).toEqual(['user:eve', 'account:globex']);
    expect((await search('query=corp')).results).toEqual([
      { kind: 'account', id: 'globex', name: 'Globex Corp', email: null, company: null, accountId: null },
    ]);
    expect((await search('query=nobody')).results).toEqual([]);
  });

  test('pages through every customer with limit and the next cursor, and an empty query lists them all', async () => {
    await send(seedNamed());
    const first = await search('query=acme&limit=2');
    expect(first.results.map((match) => `${match.kind}:${match.id}`)).toEqual(['account:acme', 'user:ada']);
    expect(first.next).toBe('user:ada');
    const second = await search(`query=acme&limit=2&after=${encodeURIComponent(first.next!)}`);
    expect(second.results.map((match) => `${match.kind}:${match.id}`)).toEqual(['user:bob']);
    expect(second.next).toBeNull();
    const all = await search('');
    expect(all.results.map((match) => `${match.kind}:${match.id}`)).toEqual([
      'account:acme',
      'user:ada',
      'user:bob',
      'user:cy',
      'user:eve',
      'account:globex',
    ]);
  });

  test.each([
    ['limit=0', 'limit', 'limit must be a whole number from 1 to 50'],
    ['limit=2.5', 'limit', 'limit must be a whole number from 1 to 50'],
    ['limit=51', 'limit', 'limit must be a whole number from 1 to 50'],
    [`query=${'x'.repeat(101)}`, 'query', 'query must be at most 100 characters'],
    ['after=ada', 'after', "after must be a previous page's next cursor"],
    ['after=team:acme', 'after', "after must be a previous page's next cursor"],
    ['after=user:', 'after', "after must be a previous page's next cursor"],
  ])('refuses %s with a 400 naming the field and its rule', async (query, field, message) => {
    const res = await admin(`customers?${query}`);
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as { error: { code: string; field: string; message: string } };
    expect(error).toMatchObject({ code: 'invalid_query', field });
    expect(error.message).toContain(message);
  });

  test('answers only the secret key', async () => {
    const res = await fetch(`${collector.url}/v1/admin/customers?key=pk_scorecard`);
    expect(res.status).toBe(403);
  });
});

describe('GET /v1/admin/accounts/:accountId', () => {
  test("an account's picture: its traits, tier, renewal, the value scorecard and each user's risk, riskiest first", async () => {
    await send(seedNamed());
    const res = await admin(`accounts/acme?at=${new Date(NOW).toISOString()}`);
    expect(res.status).toBe(200);
    const acme = AccountPictureSchema.parse(await res.json());
    expect(acme).toMatchObject({
      accountId: 'acme',
      at: new Date(NOW).toISOString(),
      traits: { seats: 4, plan_price: 10_000, plan: 'basic' },
      tier: 'basic',
      renewal: { renewsAt: new Date(NOW + 10 * 86_400_000).toISOString(), daysToRenewal: 10 },
      // as in the users' state (user-picture.test.ts): 1 of 3 features, 2 of 4 seats, 15 of 100 work events
      value: { breadth: 0.333, depth: 0.5, reach: 0.15, value_score: 33, at: new Date(NOW).toISOString() },
      seats: { paid: 4, users: 3 },
      risk: { low: 1, medium: 1, high: 1 },
    });
    // ada: NPS 5 and low value before renewal; bob: low value; cy never called group, so no renewal in his view
    expect(acme.users.map((user) => [user.userId, user.computed.risk, user.computed.riskSignals, user.eventCount])).toEqual([
      ['ada', 'high', ['negative_feedback', 'low_value'], 15],
      ['bob', 'medium', ['low_value'], 7],
      ['cy', 'low', [], 1],
    ]);
    expect(acme.users[0]).toMatchObject({ traits: { name: 'Ada Lovelace', nps: 5 }, lastSeen: daysAgo(0) });
  });

  test("a renews_at outside the range of dates is no renewal date, in the account picture and in its users' pictures", async () => {
    for (const [accountId, renewsAt] of [
      ['far', 1e20],
      ['past', -1e20],
      ['edge', 8_640_000_000_000_001],
    ] as const) {
      const group = { type: 'group', name: 'group', userId: `${accountId}-user`, accountId, anonymousId: `anon-${accountId}` } as const;
      await send([makeEvent({ ...group, ts: daysAgo(1), props: { renews_at: renewsAt, plan: 'basic' } })]);
      const account = await admin(`accounts/${accountId}`);
      expect(account.status).toBe(200);
      const picture = AccountPictureSchema.parse(await account.json());
      expect(picture.renewal).toEqual({ renewsAt: null, daysToRenewal: null });
      // absent, as for a user whose account has no renewal date
      expect(picture.users.map((user) => user.computed.days_to_renewal ?? null)).toEqual([null]);
      const user = await admin(`users/${accountId}-user`);
      expect(user.status).toBe(200);
      expect(((await user.json()) as { computed: { days_to_renewal?: number } }).computed.days_to_renewal ?? null).toBeNull();
    }
  });

  test('an account no event names is a 404 naming it; a publishable key is refused', async () => {
    const res = await admin('accounts/initech');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: 'account_not_found',
      message: 'no event of this project names the account "initech"',
    });
    expect((await fetch(`${collector.url}/v1/admin/accounts/acme?key=pk_scorecard`)).status).toBe(403);
  });
});
