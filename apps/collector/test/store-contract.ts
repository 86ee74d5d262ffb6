import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PublicSettingsSchema, UserStateSchema, parseEvents, type EventInput, type GrowthEvent } from '@growthkit/core';
import { STATE_MAX_CHARS, StateTooLarge } from '../src/store/state-too-large.ts';
import type { Project, Store } from '../src/store/store.ts';
import { abTestCampaign, makeEvent } from './collector-fixture.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T = Date.parse('2026-11-01T10:00:00.000Z');
const at = (ms: number) => new Date(T + ms).toISOString();
const RECEIVED = '2026-12-06T12:00:00.000Z';

/** Events as the collector stores them: checked by core's schema, as the events endpoint does first. */
export function growthEvents(inputs: readonly EventInput[]): GrowthEvent[] {
  const { valid, rejected } = parseEvents(inputs);
  expect(rejected).toEqual([]);
  return valid;
}

/** A project of its own for each test, so tests can share one database. */
function newProject(): Project {
  const id = `p-${randomUUID()}`;
  return {
    id,
    publishableKey: `pk_${id}`,
    secretKey: `sk_${id}`,
    allowedOrigins: ['https://app.example.com'],
    settings: PublicSettingsSchema.parse({ locales: ['en', 'zh-CN'], defaultLocale: 'en', identityVerification: true }),
  };
}

const exposure = (who: Partial<EventInput>, variant: string, ms: number, experiment = 'copy-test') =>
  makeEvent({
    type: 'widget',
    name: 'gk.exposure',
    campaignId: 'copy-campaign',
    experiment,
    variant,
    ts: at(ms),
    anonymousId: `anon-of-${who.userId}`,
    ...who,
  });
const goal = (who: Partial<EventInput>, ms: number, name = 'plan_upgraded') =>
  makeEvent({ name, ts: at(ms), anonymousId: 'billing', ...who });

/**
 * One experiment's history covering every rule of the tally: the window's both ends, several variants seen, a goal
 * before the exposure, an anonymous exposure signed in later, a time written with an offset, other experiments.
 */
const EXPERIMENT_HISTORY: EventInput[] = [
  exposure({ userId: 'u1' }, 'a', 0),
  goal({ userId: 'u1' }, DAY),
  exposure({ userId: 'u2' }, 'b', 0),
  goal({ userId: 'u2' }, 14 * DAY),
  exposure({ userId: 'u3' }, 'b', 0),
  goal({ userId: 'u3' }, 14 * DAY + 1),
  exposure({ userId: 'u4' }, 'a', 0),
  exposure({ userId: 'u4' }, 'b', HOUR),
  goal({ userId: 'u4' }, 2 * HOUR),
  goal({ userId: 'u5' }, -HOUR),
  exposure({ userId: 'u5' }, 'a', 0),
  exposure({ userId: 'u6' }, 'a', 0),
  exposure({ userId: 'u6' }, 'a', 20 * DAY),
  goal({ userId: 'u6' }, 15 * DAY),
  exposure({ anonymousId: 'anon-7' }, 'a', 0),
  makeEvent({ type: 'identify', name: 'identify', anonymousId: 'anon-7', userId: 'u7', ts: at(HOUR) }),
  goal({ userId: 'u7' }, 2 * DAY),
  exposure({ anonymousId: 'anon-8' }, 'b', 0),
  makeEvent({ name: 'plan_upgraded', anonymousId: 'anon-8', ts: '2026-11-15T12:00:00.000+02:00' }),
  exposure({ userId: 'u9' }, 'a', 0, 'other-test'),
  goal({ userId: 'u9' }, HOUR),
  goal({ userId: 'u1' }, DAY, 'doc_created'),
];

/**
 * The Store contract, one suite for every implementation (as Hono runs one router suite against each router): `open`
 * gives a store on an empty database, opened once for the file; each test works in a project of its own.
 */
export function describeStoreContract(engine: string, open: () => Promise<Store>): void {
  describe(`the ${engine} store`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await open();
    });
    afterAll(async () => {
      await store?.close();
    });

    const withProject = async () => {
      const project = newProject();
      await store.createProjectIfAbsent(project);
      return project.id;
    };

    test('creates a project once and finds it by either key, never by a wrong one', async () => {
      const project = newProject();
      expect(await store.createProjectIfAbsent(project)).toBe(true);
      expect(await store.createProjectIfAbsent({ ...project, allowedOrigins: ['https://other.example'] })).toBe(false);
      expect(await store.projectByPublishableKey(project.publishableKey)).toEqual(project);
      expect(await store.projectBySecretKey(project.secretKey)).toEqual(project);
      expect(await store.projectByPublishableKey(project.secretKey)).toBeUndefined();
      expect(await store.projectBySecretKey('sk_nobody')).toBeUndefined();
    });

    test('keeps campaigns per project: created once, replaced by put, live ones in id order, found by experiment key', async () => {
      const projectId = await withProject();
      const other = await withProject();
      expect(await store.createCampaignIfAbsent(projectId, abTestCampaign('b-campaign', 'test-b'))).toBe(true);
      expect(await store.createCampaignIfAbsent(projectId, abTestCampaign('b-campaign', 'changed', 'paused'))).toBe(false);
      await store.putCampaign(projectId, abTestCampaign('a-campaign', 'test-a'));
      await store.putCampaign(projectId, abTestCampaign('c-campaign', 'test-c', 'paused'));
      await store.putCampaign(other, abTestCampaign('z-campaign', 'test-z'));
      expect((await store.liveCampaigns(projectId)).map((c) => c.id)).toEqual(['a-campaign', 'b-campaign']);

      await store.putCampaign(projectId, abTestCampaign('a-campaign', 'test-a', 'paused'));
      expect((await store.liveCampaigns(projectId)).map((c) => c.id)).toEqual(['b-campaign']);
      expect(await store.experimentCampaign(projectId, 'test-c')).toEqual(abTestCampaign('c-campaign', 'test-c', 'paused'));
      expect(await store.experimentCampaign(projectId, 'test-z')).toBeUndefined();
    });

    test('stores each event id once per project and counts what it already had as duplicates', async () => {
      const projectId = await withProject();
      const other = await withProject();
      const [first, second, third] = growthEvents([makeEvent(), makeEvent(), makeEvent()]);
      expect(await store.insertEvents(projectId, [first!, second!], RECEIVED)).toEqual({ accepted: 2, duplicates: 0 });
      // a resend of both plus one new, and an id twice in one batch: the first copy wins
      const changed = { ...third!, name: 'second_copy' };
      expect(await store.insertEvents(projectId, [first!, second!, third!, changed], RECEIVED)).toEqual({ accepted: 1, duplicates: 3 });
      expect(await store.insertEvents(other, [first!], RECEIVED)).toEqual({ accepted: 1, duplicates: 0 });
      expect(await store.insertEvents(projectId, [], RECEIVED)).toEqual({ accepted: 0, duplicates: 0 });

      const { events } = await store.listEvents(projectId, { limit: 10 });
      expect(events.map((e) => e.id).sort()).toEqual([first!.id, second!.id, third!.id].sort());
      expect(events.find((e) => e.id === third!.id)?.name).toBe('doc_created');
    });

    test('overlapping batches stored at the same time keep each id once', async () => {
      const projectId = await withProject();
      const events = growthEvents(Array.from({ length: 400 }, () => makeEvent()));
      const batches = Array.from({ length: 16 }, (_, i) => events.slice(i * 20, i * 20 + 100));
      const results = await Promise.all(batches.map((batch) => store.insertEvents(projectId, batch, RECEIVED)));
      expect(results.reduce((sum, r) => sum + r.accepted, 0)).toBe(events.length);
      expect(results.reduce((sum, r) => sum + r.accepted + r.duplicates, 0)).toBe(batches.flat().length);
      let stored = 0;
      let after: string | undefined;
      do {
        const page = await store.listEvents(projectId, { limit: 150, ...(after !== undefined && { after }) });
        stored += page.events.length;
        after = page.next ?? undefined;
      } while (after !== undefined);
      expect(stored).toBe(events.length);
    });

    test('gives the stored events back as sent, in arrival order, a page at a time', async () => {
      const projectId = await withProject();
      const sent = growthEvents([
        makeEvent({
          type: 'identify',
          name: 'identify',
          userId: 'u-1',
          accountId: 'acct-1',
          sessionId: 's-1',
          ts: '2026-11-22T18:00:00.123+08:00',
          props: { plan: 'pro', seats: 3, nested: { ok: true } },
          context: { url: 'https://app.example.com/x', locale: 'zh-CN' },
        }),
        makeEvent({ type: 'widget', name: 'gk.exposure', campaignId: 'c-1', experiment: 'e-1', variant: 'b' }),
        makeEvent({ name: 'third' }),
      ]);
      for (const event of sent) await store.insertEvents(projectId, [event], RECEIVED);

      const first = await store.listEvents(projectId, { limit: 2 });
      expect(first.events).toEqual(sent.slice(0, 2).map((event) => ({ ...event, receivedAt: RECEIVED })));
      expect(first.next).not.toBeNull();
      expect(store.isCursor(first.next!)).toBe(true);
      const second = await store.listEvents(projectId, { after: first.next!, limit: 2 });
      expect(second.events.map((e) => e.name)).toEqual(['third']);
      expect(second.next).toBeNull();
      expect(store.isCursor('abc')).toBe(false);
      expect(store.isCursor('-1')).toBe(false);
    });

    test("reads one user's events with their devices' anonymous ones, oldest first", async () => {
      const projectId = await withProject();
      const events = growthEvents([
        makeEvent({ name: 'later', userId: 'u-1', anonymousId: 'device-1', ts: '2026-11-03T00:00:00.000Z' }),
        makeEvent({ name: 'before sign-in', anonymousId: 'device-1', ts: '2026-11-01T00:00:00.000Z' }),
        makeEvent({ type: 'identify', name: 'identify', userId: 'u-1', anonymousId: 'device-1', ts: '2026-11-02T00:00:00.000Z' }),
        makeEvent({ name: 'someone else', anonymousId: 'device-2', ts: '2026-11-01T00:00:00.000Z' }),
        makeEvent({ name: 'other user, same device', userId: 'u-2', anonymousId: 'device-1', ts: '2026-11-01T00:00:00.000Z' }),
      ]);
      await store.insertEvents(projectId, events, RECEIVED);
      expect((await store.userEvents(projectId, 'u-1')).map((e) => e.name)).toEqual(['before sign-in', 'identify', 'later']);
      expect(await store.userEvents(projectId, 'nobody')).toEqual([]);
    });

    test("reads a user's and an account's events in order of their instants, whatever the offsets (±14:00 included)", async () => {
      const projectId = await withProject();
      const event = (name: string, ts: string) => makeEvent({ name, ts, userId: 'u-1', accountId: 'acme', anonymousId: 'device-1' });
      await store.insertEvents(
        projectId,
        growthEvents([
          event('third', '2026-11-02T10:00:00.000Z'),
          // 12:00 at +08:00 is 04:00 UTC, 10:00 at +14:00 is 20:00 UTC the day before: both sort after "third" as text
          event('second', '2026-11-02T12:00:00.000+08:00'),
          event('first', '2026-11-02T10:00:00+14:00'),
          // 20:00 at -14:00 is 10:00 UTC the next day, whose text sorts before "third"
          event('fourth', '2026-11-02T20:00:00.000-14:00'),
          event('fifth', '2026-11-03T10:00:00.001Z'),
        ]),
        RECEIVED,
      );
      const order = ['first', 'second', 'third', 'fourth', 'fifth'];
      expect((await store.userEvents(projectId, 'u-1')).map((e) => e.name)).toEqual(order);
      expect((await store.accountEvents(projectId, 'acme')).map((e) => e.name)).toEqual(order);
      const instants = [
        '2026-11-01T20:00:00.000Z',
        '2026-11-02T04:00:00.000Z',
        '2026-11-02T10:00:00.000Z',
        '2026-11-03T10:00:00.000Z',
        '2026-11-03T10:00:00.001Z',
      ];
      expect(await store.eventNames(projectId, 10)).toEqual(order.map((name, i) => ({ name, count: 1, lastSeen: instants[i] })).reverse());
    });

    test('finds customers by id prefix and by name, email or company, A–Z in either case, in byte order, after a cursor', async () => {
      const projectId = await withProject();
      const other = await withProject();
      const identify = (userId: string, props: Record<string, unknown>, accountId?: string) =>
        makeEvent({ type: 'identify', name: 'identify', userId, accountId, anonymousId: `device-${userId}`, props });
      await store.insertEvents(
        projectId,
        growthEvents([
          identify('ada', { name: 'Ada Lovelace', email: 'ADA@acme.test' }, 'acme'),
          identify('Zed', { name: 'Åsa Berg', company: 'Acme GmbH' }),
          identify('bob', { name: 'Bob', nickname: 'acme fan', company: 42 }),
          identify('ben', { first_name: 'Ben', last_name: 'Okafor' }),
          makeEvent({
            type: 'group',
            name: 'group',
            userId: 'bob',
            accountId: 'globex',
            props: { name: 'Globex', email: 'ops@globex.test' },
          }),
          // a page view of a user who never called identify, and an anonymous visitor
          makeEvent({ name: 'page', userId: 'acme-admin', anonymousId: 'device-x' }),
          makeEvent({ name: 'page', anonymousId: 'acme-visitor', props: { name: 'acme' } }),
        ]),
        RECEIVED,
      );
      await store.insertEvents(other, growthEvents([identify('acme-elsewhere', { company: 'Acme' })]), RECEIVED);
      const found = async (text: string, limit = 10, after?: { kind: 'user' | 'account'; id: string }) =>
        (await store.searchCustomers(projectId, { text, limit, ...(after && { after }) })).map(({ kind, id }) => `${kind}:${id}`);
      // "Zed" sorts before "acme" (byte order); bob's nickname and numeric company are not searched
      expect(await found('ACME')).toEqual(['user:Zed', 'account:acme', 'user:acme-admin', 'user:ada']);
      expect(await found('acme', 2)).toEqual(['user:Zed', 'account:acme']);
      expect(await found('acme', 10, { kind: 'account', id: 'acme' })).toEqual(['user:acme-admin', 'user:ada']);
      expect(await found('zed')).toEqual(['user:Zed']);
      // letters outside A–Z match themselves only, on either engine whatever its locale
      expect(await found('ÅSA')).toEqual(['user:Zed']);
      expect(await found('åsa')).toEqual([]);
      expect(await found('globex.test')).toEqual(['account:globex']);
      expect(await found('')).toEqual([
        'user:Zed',
        'account:acme',
        'user:acme-admin',
        'user:ada',
        'user:ben',
        'user:bob',
        'account:globex',
      ]);
      expect(await found('nobody')).toEqual([]);
      // a host that identifies with first and last names only
      expect(await found('okafor')).toEqual(['user:ben']);
    });

    test("reads one account's events and its users' ids", async () => {
      const projectId = await withProject();
      await store.insertEvents(
        projectId,
        growthEvents([
          makeEvent({
            type: 'group',
            name: 'group',
            userId: 'u-2',
            accountId: 'acct-1',
            ts: '2026-11-02T00:00:00.000Z',
            props: { seats: 3 },
          }),
          makeEvent({ name: 'doc_created', userId: 'u-1', accountId: 'acct-1', ts: '2026-11-01T00:00:00.000Z' }),
          makeEvent({ name: 'doc_created', userId: 'u-1', accountId: 'acct-1', ts: '2026-11-03T00:00:00.000Z' }),
          makeEvent({ name: 'server_job', accountId: 'acct-1', ts: '2026-11-04T00:00:00.000Z' }),
          makeEvent({ name: 'doc_created', userId: 'u-3', accountId: 'acct-2', ts: '2026-11-01T00:00:00.000Z' }),
        ]),
        RECEIVED,
      );
      expect((await store.accountEvents(projectId, 'acct-1')).map((e) => [e.name, e.ts.slice(0, 10)])).toEqual([
        ['doc_created', '2026-11-01'],
        ['group', '2026-11-02'],
        ['doc_created', '2026-11-03'],
        ['server_job', '2026-11-04'],
      ]);
      expect((await store.accountEvents(projectId, 'acct-1', { type: 'group' })).map((e) => e.props)).toEqual([{ seats: 3 }]);
      expect(await store.accountUserIds(projectId, 'acct-1')).toEqual(['u-1', 'u-2']);
      expect(await store.accountUserIds(projectId, 'nothing')).toEqual([]);
    });

    test("merges a user's state from several devices, also at the same time", async () => {
      const projectId = await withProject();
      expect(await store.userState(projectId, 'u:1')).toEqual({ campaigns: {} });
      const device = (campaign: string) =>
        UserStateSchema.parse({ campaigns: { [campaign]: { dismissedAt: '2026-11-01T00:00:00.000Z' } } });
      await Promise.all(['c1', 'c2', 'c3', 'c4'].map((campaign) => store.mergeUserState(projectId, 'u:1', device(campaign))));
      const merged = await store.userState(projectId, 'u:1');
      expect(Object.keys(merged.campaigns).sort()).toEqual(['c1', 'c2', 'c3', 'c4']);
      expect(await store.mergeUserState(projectId, 'u:1', { campaigns: {} })).toEqual(merged);
      expect(await store.userState(projectId, 'u:2')).toEqual({ campaigns: {} });
    });

    test('refuses a merge whose state would pass STATE_MAX_CHARS, writing nothing: every merge reads and writes it all', async () => {
      const projectId = await withProject();
      const many = (prefix: string) =>
        UserStateSchema.parse({
          campaigns: Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`${prefix}${i}`, { impressions: 1 }])),
        });
      const first = await store.mergeUserState(projectId, 'a:grows', many('a'));
      expect(JSON.stringify(first).length).toBeLessThan(STATE_MAX_CHARS);
      await expect(store.mergeUserState(projectId, 'a:grows', many('b'))).rejects.toThrow(StateTooLarge);
      expect(await store.userState(projectId, 'a:grows')).toEqual(first);
    });

    test('counts a funnel: each step only after the one before, per person, within the range', async () => {
      const projectId = await withProject();
      const step = (userId: string, name: string, ms: number, campaignId: string | undefined = 'c1') =>
        makeEvent({
          type: name === 'plan_upgraded' ? 'track' : 'widget',
          name,
          userId,
          anonymousId: `d-${userId}`,
          campaignId,
          ts: at(ms),
        });
      await store.insertEvents(
        projectId,
        growthEvents([
          // p1 goes all the way, twice (people count once); p2 stops at shown; p3 is shown without an exposure
          ...[0, 10].flatMap((ms) => [step('p1', 'gk.exposure', ms), step('p1', 'gk.shown', ms + 1), step('p1', 'gk.click', ms + 2)]),
          step('p1', 'plan_upgraded', 3, undefined),
          step('p2', 'gk.exposure', 0),
          step('p2', 'gk.shown', 1),
          step('p3', 'gk.shown', 1),
          // p4 clicked before it was shown (an earlier page's click): not a click of this funnel; p5 converted before clicking
          step('p4', 'gk.exposure', 0),
          step('p4', 'gk.click', 1),
          step('p4', 'gk.shown', 2),
          step('p5', 'gk.exposure', 0),
          step('p5', 'plan_upgraded', 1, undefined),
          step('p5', 'gk.shown', 2),
          step('p5', 'gk.click', 3),
          // another campaign, and a day outside the range
          step('p6', 'gk.exposure', 0, 'c2'),
          step('p7', 'gk.exposure', 2 * DAY),
        ]),
        RECEIVED,
      );
      const range = { from: new Date(at(-HOUR)), to: new Date(at(DAY)) };
      const people = async (steps: { name: string; campaign?: string }[]) =>
        (await store.funnelTally(projectId, { steps, range, withinMs: 30 * DAY })).steps.map((counted) => counted.people);
      const c1 = (name: string) => ({ name, campaign: 'c1' });
      expect(await people([c1('gk.exposure'), c1('gk.shown'), c1('gk.click'), { name: 'plan_upgraded' }])).toEqual([4, 4, 2, 1]);
      expect(await people([c1('gk.shown'), c1('gk.click')])).toEqual([5, 2]);
    });

    test('tallies an experiment: first exposure, the window, several variants excluded, anonymous people signed in', async () => {
      const projectId = await withProject();
      await store.insertEvents(projectId, growthEvents(EXPERIMENT_HISTORY), RECEIVED);
      const tally = await store.experimentTally(projectId, { experiment: 'copy-test', goal: 'plan_upgraded', windowDays: 14 });
      expect(tally).toEqual({
        variants: [
          { variant: 'a', exposed: 4, converted: 2 },
          { variant: 'b', exposed: 3, converted: 2 },
        ],
        excludedMultipleExposure: 1,
        firstExposureMs: Date.parse(at(0)),
        days: expect.any(Array),
      });
      // per UTC day: everyone's first exposure falls on the first day; u1 and u7 convert within 2 days, u2 and
      // anonymous 8 on day 14 — so the days sum to the totals, and up to day 2 give the counts as they stood then
      const dayOf = (ms: number) => Math.floor(ms / DAY) * DAY;
      const first = dayOf(Date.parse(at(0)));
      const sum = (variant: string, kind: 'exposed' | 'converted', before = Infinity) =>
        tally.days.filter((day) => day.variant === variant && day.dayMs < before).reduce((total, day) => total + day[kind], 0);
      expect([sum('a', 'exposed'), sum('a', 'converted'), sum('b', 'exposed'), sum('b', 'converted')]).toEqual([4, 2, 3, 2]);
      expect(tally.days.filter((day) => day.exposed > 0).map((day) => day.dayMs)).toEqual([first, first]);
      expect([sum('a', 'converted', first + 3 * DAY), sum('b', 'converted', first + 3 * DAY)]).toEqual([2, 0]);
      // as it stood two days after the first exposures: u1 and anonymous 7 (signed in as u7) had converted, u2 not yet
      const early = await store.experimentTally(projectId, {
        experiment: 'copy-test',
        goal: 'plan_upgraded',
        windowDays: 14,
        until: Date.parse(at(2 * DAY)) + 1,
      });
      expect(early.variants).toEqual([
        { variant: 'a', exposed: 4, converted: 2 },
        { variant: 'b', exposed: 3, converted: 0 },
      ]);
      expect(await store.experimentTally(projectId, { experiment: 'nothing', goal: 'plan_upgraded', windowDays: 14 })).toEqual({
        variants: [],
        excludedMultipleExposure: 0,
        firstExposureMs: null,
        days: [],
      });
    });

    test("counts an account's track events per name and UTC day, and its active seats", async () => {
      const projectId = await withProject();
      const use = (name: string, ts: string, userId: string, accountId = 'acct-1') =>
        makeEvent({ name, ts, userId, accountId, anonymousId: `device-${userId}` });
      await store.insertEvents(
        projectId,
        growthEvents([
          use('doc_created', '2026-11-20T10:00:00.000Z', 'u-1'),
          // 23:30 at +08:00 is 15:30 UTC on the 20th
          use('doc_created', '2026-11-20T23:30:00.000+08:00', 'u-2'),
          use('doc_created', '2026-11-21T08:00:00.000Z', 'u-1'),
          use('report_run', '2026-11-21T09:00:00.000Z', 'u-3'),
          use('doc_created', '2026-11-01T08:00:00.000Z', 'u-4'),
          use('doc_created', '2026-11-21T08:00:00.000Z', 'u-5', 'acct-2'),
          makeEvent({ type: 'widget', name: 'gk.shown', ts: '2026-11-21T08:00:00.000Z', userId: 'u-6', accountId: 'acct-1' }),
        ]),
        RECEIVED,
      );
      expect(await store.accountUsage(projectId, 'acct-1', new Date('2026-11-15T00:00:00.000Z'))).toEqual({
        days: [
          { name: 'doc_created', day: '2026-11-20', count: 2, first: '2026-11-20T10:00:00.000Z', last: '2026-11-20T15:30:00.000Z' },
          { name: 'doc_created', day: '2026-11-21', count: 1, first: '2026-11-21T08:00:00.000Z', last: '2026-11-21T08:00:00.000Z' },
          { name: 'report_run', day: '2026-11-21', count: 1, first: '2026-11-21T09:00:00.000Z', last: '2026-11-21T09:00:00.000Z' },
        ],
        activeSeats: 3,
      });
    });

    test('counts cancel-flow outcomes in a range per outcome, reason and offer, of a segment when asked', async () => {
      const projectId = await withProject();
      const outcome = (ts: string, props: Record<string, unknown>, userId?: string) =>
        makeEvent({ type: 'widget', name: 'gk.cancel_outcome', ts, props, ...(userId && { userId }) });
      await store.insertEvents(
        projectId,
        growthEvents([
          makeEvent({ type: 'identify', name: 'identify', userId: 'u-basic', ts: '2026-11-01T00:00:00.000Z', props: { plan: 'basic' } }),
          outcome('2026-11-02T00:00:00.000Z', { outcome: 'saved', reason: 'price', offer: 'discount' }, 'u-basic'),
          outcome('2026-11-02T00:00:00.000Z', { outcome: 'saved', reason: 'price', offer: 'discount' }),

          outcome('2026-11-04T00:00:00.000Z', { outcome: 'cancelled', reason: 42 }),
          outcome('2026-12-01T00:00:00.000Z', { outcome: 'cancelled', reason: 'price' }),
        ]),
        RECEIVED,
      );
      const november = { from: new Date('2026-11-01T00:00:00.000Z'), to: new Date('2026-12-01T00:00:00.000Z') };
      expect(await store.churnTally(projectId, { range: november })).toEqual({
        outcomes: [
          { outcome: 'cancelled', reason: '42', offer: null, count: 1 },
          { outcome: 'saved', reason: 'price', offer: 'discount', count: 2 },
        ],
      });
      expect(await store.churnTally(projectId, { range: november, segment: { trait: 'plan', value: 'basic' } })).toEqual({
        outcomes: [{ outcome: 'saved', reason: 'price', offer: 'discount', count: 1 }],
      });
    });

    test("reads every user's computed-trait sources at once: the events replayed, the rest counted by day, every account's usage", async () => {
      const projectId = await withProject();
      const since = new Date('2026-11-15T00:00:00.000Z');
      await store.insertEvents(
        projectId,
        growthEvents([
          makeEvent({
            type: 'identify',
            name: 'identify',
            userId: 'u-1',
            anonymousId: 'dev-1',
            ts: '2026-10-01T00:00:00.000Z',
            props: { nps: 3 },
          }),
          makeEvent({
            type: 'group',
            name: 'group',
            userId: 'u-1',
            anonymousId: 'dev-1',
            accountId: 'acct-1',
            ts: '2026-10-01T00:00:00.000Z',
            props: { plan: 'pro' },
          }),
          // older than `since`: only the latest time per name comes back
          makeEvent({ name: 'doc_created', userId: 'u-1', anonymousId: 'dev-1', accountId: 'acct-1', ts: '2026-11-01T00:00:00.000Z' }),
          makeEvent({ name: 'doc_created', userId: 'u-1', anonymousId: 'dev-1', accountId: 'acct-1', ts: '2026-11-02T00:00:00.000Z' }),
          makeEvent({ name: 'doc_created', userId: 'u-1', anonymousId: 'dev-1', accountId: 'acct-1', ts: '2026-11-20T10:00:00.000Z' }),
          // the device's anonymous event is u-1's too (as userEvents reads it)
          makeEvent({ name: 'page_read', anonymousId: 'dev-1', ts: '2026-11-21T00:00:00.000+08:00' }),
          makeEvent({ type: 'widget', name: 'gk.shown', userId: 'u-1', anonymousId: 'dev-1', ts: '2026-11-20T11:00:00.000Z' }),
          // nobody's: an anonymous device that never signed in
          makeEvent({ name: 'page_read', anonymousId: 'dev-x', ts: '2026-11-20T00:00:00.000Z' }),
        ]),
        RECEIVED,
      );
      // page_read and gk.shown as events (an event trigger names them), doc_created counted
      const sources = await store.computedTraitSources(projectId, { since, replayed: ['page_read', 'gk.shown'] });
      const mine = sources.events
        .filter((event) => event.owner === 'u-1')
        .map(({ type, name, ts, accountId }) => ({ type, name, ts, accountId }))
        .sort((a, b) => a.ts.localeCompare(b.ts) || a.name.localeCompare(b.name));
      expect(mine).toEqual([
        { type: 'group', name: 'group', ts: '2026-10-01T00:00:00.000Z', accountId: 'acct-1' },
        { type: 'identify', name: 'identify', ts: '2026-10-01T00:00:00.000Z', accountId: undefined },
        { type: 'widget', name: 'gk.shown', ts: '2026-11-20T11:00:00.000Z', accountId: undefined },
        // the device's anonymous event, 00:00 at +08:00
        { type: 'track', name: 'page_read', ts: '2026-11-20T16:00:00.000Z', accountId: undefined },
      ]);
      expect(sources.counts).toHaveLength(2);
      expect(sources.counts).toEqual(
        expect.arrayContaining([
          {
            owner: 'u-1',
            name: 'doc_created',
            day: '2026-11-20',
            count: 1,
            first: '2026-11-20T10:00:00.000Z',
            last: '2026-11-20T10:00:00.000Z',
          },
          { owner: 'u-1', name: 'doc_created', day: null, count: 2, first: '2026-11-01T00:00:00.000Z', last: '2026-11-02T00:00:00.000Z' },
        ]),
      );
      expect(sources.events.find((event) => event.type === 'identify')?.props).toEqual({ nps: 3 });
      expect(new Set(sources.events.map((event) => event.owner))).toEqual(new Set(['u-1']));
      expect(sources.accounts).toEqual({ 'acct-1': await store.accountUsage(projectId, 'acct-1', since) });
    });

    test('lists the host event names, most recently seen first, with their counts, at most the limit', async () => {
      const projectId = await withProject();
      const track = (name: string, ts: string, type: EventInput['type'] = 'track') => makeEvent({ type, name, ts });
      await store.insertEvents(
        projectId,
        growthEvents([
          track('doc_created', '2026-11-01T00:00:00.000Z'),
          track('doc_created', '2026-11-03T00:00:00.000Z'),
          track('report_run', '2026-11-05T00:00:00.000+08:00'),
          track('invite_sent', '2026-11-04T12:00:00.000Z'),
          track('gk.shown', '2026-11-09T00:00:00.000Z', 'widget'),
          track('gk.custom', '2026-11-09T00:00:00.000Z'),
          track('identify', '2026-11-09T00:00:00.000Z', 'identify'),
        ]),
        RECEIVED,
      );
      expect(await store.eventNames(projectId, 10)).toEqual([
        // 00:00 at +08:00 on the 5th is 16:00 UTC on the 4th: after invite_sent's noon, as an instant
        { name: 'report_run', count: 1, lastSeen: '2026-11-04T16:00:00.000Z' },
        { name: 'invite_sent', count: 1, lastSeen: '2026-11-04T12:00:00.000Z' },
        { name: 'doc_created', count: 2, lastSeen: '2026-11-03T00:00:00.000Z' },
      ]);
      expect((await store.eventNames(projectId, 1)).map((row) => row.name)).toEqual(['report_run']);
    });

    test("counts a report of a computed trait's members: the users and accounts worked out beforehand", async () => {
      const projectId = await withProject();
      const outcome = (userId: string) =>
        makeEvent({ type: 'widget', name: 'gk.cancel_outcome', ts: '2026-11-02T00:00:00.000Z', props: { outcome: 'saved' }, userId });
      await store.insertEvents(projectId, growthEvents([outcome('u-1'), outcome('u-2'), outcome('u-3')]), RECEIVED);
      const november = { from: new Date('2026-11-01T00:00:00.000Z'), to: new Date('2026-12-01T00:00:00.000Z') };
      const members = (users: string[]) => ({ trait: 'risk', value: 'high', members: { users, accounts: [] } });
      expect(await store.churnTally(projectId, { range: november, segment: members(['u-1', 'u-3', 'u-9']) })).toEqual({
        outcomes: [{ outcome: 'saved', reason: null, offer: null, count: 2 }],
      });
      expect(await store.churnTally(projectId, { range: november, segment: members([]) })).toEqual({ outcomes: [] });
    });

    test("keeps each admin change of a campaign as a version, a seeded campaign's first state as version 1", async () => {
      const projectId = await withProject();
      const seeded = abTestCampaign('c-1', 'test-1');
      await store.createCampaignIfAbsent(projectId, seeded);
      expect(await store.campaignRecord(projectId, 'c-1')).toMatchObject({ campaign: seeded, status: 'live', version: 0, author: null });

      const edited = { ...seeded, content: { title: { en: 'Edited' } } };
      const saved = await store.saveCampaignVersion(projectId, { campaign: edited, status: 'archived', author: 'ana', note: 'retire' });
      expect(saved).toMatchObject({ version: 2, status: 'archived', author: 'ana', note: 'retire', campaign: { status: 'paused' } });
      await store.saveCampaignVersion(projectId, { campaign: abTestCampaign('c-0', 'test-0'), status: 'draft', author: 'bo', note: 'new' });

      expect((await store.campaignVersions(projectId, 'c-1')).map((v) => [v.version, v.author, v.status])).toEqual([
        [2, 'ana', 'archived'],
        [1, 'seed', 'live'],
      ]);
      expect((await store.campaignRecords(projectId)).map((r) => [r.campaign.id, r.version, r.status, r.author])).toEqual([
        ['c-0', 1, 'draft', 'bo'],
        ['c-1', 2, 'archived', 'ana'],
      ]);
      // archived: kept with its history, never sent
      expect(await store.liveCampaigns(projectId)).toEqual([]);
      expect(await store.campaignRecord(projectId, 'nothing')).toBeUndefined();
    });

    test('answers a ping while the database is there', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}
