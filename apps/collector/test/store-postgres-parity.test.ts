// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PublicSettingsSchema, type EventInput } from '@growthkit/core';
import { usePostgresDatabase } from '../../../test/support/postgres-database.ts';
import { experimentSeries } from '../src/experiments/experiment-series.ts';
import { openStore } from '../src/store/open-store.ts';
import type { Store } from '../src/store/store.ts';
import { abTestCampaign } from './collector-fixture.ts';
import { FUNNEL_CAMPAIGN, funnelHistory } from './funnel-history.ts';
import { growthEvents } from './store-contract.ts';
import { SeededRandom } from './fuzz/seeded-random.ts';

// The same seeded history in both engines gives the same answers, to the last person.
const database = usePostgresDatabase();
const dir = mkdtempSync(join(tmpdir(), 'growthkit-parity-'));
const PROJECT = {
  id: 'parity',
  publishableKey: 'pk_parity',
  secretKey: 'sk_parity',
  allowedOrigins: [],
  settings: PublicSettingsSchema.parse({}),
};
const EXPERIMENTS = ['copy-test', 'price-test'];
const RECEIVED = '2026-12-06T12:00:00.000Z';

/**
 * 600 people over November: some exposed while anonymous and signed in later (or never), some exposed to two
 * variants, goals before, inside and after the 14-day window, some times written with an offset.
 */
function history(): EventInput[] {
  // the same "random" history on every run
  const seeded = new SeededRandom(14);
  const random = () => seeded.next();
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const start = Date.parse('2026-11-01T00:00:00.000Z');
  const time = (ms: number) => {
    const iso = new Date(ms).toISOString();
    // the same instant as +08:00 local time now and then (text order and instant order then differ)
    return random() < 0.2 ? `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 23)}+08:00` : iso;
  };
  const events: EventInput[] = [];
  let n = 0;
  const event = (fields: Partial<EventInput>): EventInput => ({
    id: `parity-${n++}`,
    type: 'track',
    name: 'doc_created',
    ts: time(start),
    anonymousId: 'nobody',
    props: {},
    ...fields,
  });
  for (let person = 0; person < 600; person++) {
    const anonymousId = `anon-${person}`;
    const userId = random() < 0.7 ? `user-${person}` : undefined;
    const signsInLater = userId !== undefined && random() < 0.4;
    const first = start + Math.floor(random() * 20 * 86_400_000);
    for (const experiment of EXPERIMENTS) {
      if (random() < 0.3) continue;
      const exposures = random() < 0.08 ? 2 : 1;
      for (let i = 0; i < exposures; i++) {
        events.push(
          event({
            type: 'widget',
            name: 'gk.exposure',
            campaignId: `${experiment}-campaign`,
            experiment,
            variant: pick(['a', 'b', 'c']),
            ts: time(first + i * 3_600_000),
            anonymousId,
            ...(userId !== undefined && !signsInLater && { userId }),
          }),
        );
      }
    }
    if (signsInLater) events.push(event({ type: 'identify', name: 'identify', anonymousId, userId, ts: time(first + 7_200_000) }));
    // product use on a few days, with the person's account; the account's billing from its server; cancel flows
    const accountId = `acct-${person % 150}`;
    for (let day = 0; day < 6; day++) {
      if (random() < 0.5) {
        events.push(
          event({
            name: pick(['doc_created', 'report_run']),
            ts: time(first + day * 86_400_000 * 3),
            anonymousId,
            accountId,
            ...(userId && { userId }),
          }),
        );
      }
    }
    if (person < 150) {
      const billing = (name: string, ms: number, props: Record<string, unknown>) =>
        events.push(event({ name, ts: time(ms), anonymousId: 'billing', accountId, props }));
      billing('subscription_started', first, { plan: 'growth', mrr: 4_900 });
      if (random() < 0.4)
        billing('plan_changed', first + 5 * 86_400_000, { from: 'growth', to: 'pro', mrr_before: 4_900, mrr_after: 9_900 });
      if (random() < 0.3) billing('subscription_cancelled', first + 9 * 86_400_000, { cause: pick(['voluntary', 'involuntary']) });
    }
    // free plans (MRR 0), a third of them cancelled: in churn, not in LTV's paying churn (no draw, so the history above stays)
    if (person >= 150 && person < 210) {
      const free = { anonymousId: 'billing', accountId: `free-${person}` };
      events.push(event({ ...free, name: 'subscription_started', ts: new Date(first).toISOString(), props: { plan: 'free', mrr: 0 } }));
      if (person % 3 === 0)
        events.push(
          event({
            ...free,
            name: 'subscription_cancelled',
            ts: new Date(first + 9 * 86_400_000).toISOString(),
            props: { cause: 'voluntary' },
          }),
        );
    }
    if (random() < 0.1) {
      events.push(
        event({
          type: 'widget',
          name: 'gk.cancel_outcome',
          ts: time(first + 86_400_000),
          anonymousId,
          props: { outcome: pick(['saved', 'cancelled']), reason: pick(['price', 'missing_feature', 42]), offer: pick(['discount', null]) },
        }),
      );
    }
    if (random() < 0.5) {
      const at = first + Math.floor((random() * 20 - 2) * 86_400_000);
      // from the billing server (user id only) or from the device (anonymous id, maybe with the user id)
      const fromServer = userId !== undefined && random() < 0.5;
      events.push(
        event({
          name: 'plan_upgraded',
          ts: time(at),
          anonymousId: fromServer ? 'billing' : anonymousId,
          ...(userId !== undefined && (fromServer || !signsInLater) && { userId }),
        }),
      );
    }
  }
  // each account's industry from its server (no user, no random draw, so the history above stays as it was)
  for (let account = 0; account < 150; account++)
    events.push(
      event({
        type: 'group',
        name: 'group',
        ts: time(start),
        anonymousId: 'billing',
        accountId: `acct-${account}`,
        props: { industry: account % 3 === 0 ? 'retail' : 'media' },
      }),
    );
  return events;
}

const HOUR = 3_600_000;

/**
 * 48 people e0 … e47 walking edge_a → edge_b → edge_c from 2026-10-10 + (i mod 5) days at 10:00 (T), in one of eight
 * ways (i mod 8): 0 in order an hour apart; 1 edge_b an hour before edge_a, edge_c after both; 2 every step twice, the
 * second edge_b after edge_c; 3 edge_c before edge_b; 4 edge_a and edge_b at the same instant; 5 edge_b 8 days after
 * edge_a; 6 signed out (no user id), in order; 7 edge_a once before the range, again in it, then edge_b. Times now and
 * then written with an offset. Even people identify with edge_plan "x", odd ones with "y".
 */
function edgeFunnelHistory(): EventInput[] {
  const events: EventInput[] = [];
  let n = 0;
  for (let i = 0; i < 48; i++) {
    const t = Date.parse('2026-10-10T10:00:00.000Z') + (i % 5) * 86_400_000;
    const signedIn = i % 8 !== 6;
    const who = { anonymousId: `edge-dev-${i}`, ...(signedIn && { userId: `e${i}` }) };
    const at = (ms: number) => (n % 3 === 0 ? `${new Date(ms + 8 * HOUR).toISOString().slice(0, 23)}+08:00` : new Date(ms).toISOString());
    const add = (name: string, ms: number) => events.push({ id: `edge-event-${n++}`, type: 'track', name, ts: at(ms), props: {}, ...who });
    if (signedIn)
      events.push({
        id: `edge-event-${n++}`,
        type: 'identify',
        name: 'identify',
        ts: at(t - HOUR),
        props: { edge_plan: i % 2 === 0 ? 'x' : 'y' },
        ...who,
      });
    const walk: Record<number, [string, number][]> = {
      0: [
        ['edge_a', 0],
        ['edge_b', 1],
        ['edge_c', 2],
      ],
      1: [
        ['edge_b', -1],
        ['edge_a', 0],
        ['edge_c', 2],
      ],
      2: [
        ['edge_a', 0],
        ['edge_a', 1],
        ['edge_b', 2],
        ['edge_c', 3],
        ['edge_b', 4],
        ['edge_c', 5],
      ],
      3: [
        ['edge_a', 0],
        ['edge_c', 1],
        ['edge_b', 2],
      ],
      4: [
        ['edge_a', 0],
        ['edge_b', 0],
        ['edge_c', 3],
      ],
      5: [
        ['edge_a', 0],
        ['edge_b', 8 * 24],
        ['edge_c', 8 * 24 + 1],
      ],
      6: [
        ['edge_a', 0],
        ['edge_b', 1],
        ['edge_c', 2],
      ],
      7: [
        ['edge_a', -60 * 24],
        ['edge_a', 0],
        ['edge_b', 1],
      ],
    };
    for (const [name, hours] of walk[i % 8]!) add(name, t + hours * HOUR);
  }
  return events;
}

const stores: Record<'sqlite' | 'postgres', Store> = {} as Record<'sqlite' | 'postgres', Store>;
beforeAll(async () => {
  stores.sqlite = await openStore({ dbPath: join(dir, 'growthkit.sqlite') });
  stores.postgres = await openStore({ databaseUrl: database.url });
  const events = growthEvents([...history(), ...funnelHistory(), ...edgeFunnelHistory()]);
  for (const store of Object.values(stores)) {
    await store.createProjectIfAbsent(PROJECT);
    for (const experiment of EXPERIMENTS) await store.putCampaign(PROJECT.id, abTestCampaign(`${experiment}-campaign`, experiment));
    await store.putCampaign(PROJECT.id, FUNNEL_CAMPAIGN);
    for (let i = 0; i < events.length; i += 50) await store.insertEvents(PROJECT.id, events.slice(i, i + 50), RECEIVED);
  }
});
afterAll(async () => {
  await Promise.all(Object.values(stores).map((store) => store.close()));
  rmSync(dir, { recursive: true, force: true });
});

test.each(EXPERIMENTS)('experiment %s: the same tally, results and daily looks on SQLite and PostgreSQL', async (key) => {
  const now = Date.now();
  const answers = await Promise.all(
    [stores.sqlite, stores.postgres].map(async (store) => {
      const campaign = (await store.experimentCampaign(PROJECT.id, key))!;
      const tally = await store.experimentTally(PROJECT.id, {
        experiment: key,
        goal: campaign.experiment!.goal.event,
        windowDays: campaign.experiment!.goal.windowDays,
      });
      return { tally, ...experimentSeries(campaign, campaign.experiment!, tally, now) };
    }),
  );
  const [sqlite, postgres] = answers;
  // a history that exercises the rules: every arm seen, some converted, some people left out
  expect(sqlite!.tally.variants.map((v) => v.variant)).toEqual(['a', 'b', 'c']);
  expect(sqlite!.tally.variants.every((v) => v.converted > 0)).toBe(true);
  expect(sqlite!.tally.excludedMultipleExposure).toBeGreaterThan(0);
  expect(postgres).toEqual(sqlite);
});

test('the churn and metrics reports and account usage are the same on SQLite and PostgreSQL', async () => {
  const november = { from: new Date('2026-11-01T00:00:00.000Z'), to: new Date('2026-12-01T00:00:00.000Z') };
  const weeks = [0, 1, 2, 3].map((week) => ({
    start: new Date(Date.parse('2026-11-01T00:00:00.000Z') + week * 7 * 86_400_000),
    end: new Date(Date.parse('2026-11-08T00:00:00.000Z') + week * 7 * 86_400_000),
  }));
  const reportEnd = new Date('2026-12-06T00:00:00.000Z');
  const answers = await Promise.all(
    [stores.sqlite, stores.postgres].map(async (store) => ({
      churn: await store.churnTally(PROJECT.id, { range: november }),
      metrics: await store.metricsTally(PROJECT.id, { intervals: weeks, reportEnd }),
      metricsRetail: await store.metricsTally(PROJECT.id, {
        intervals: weeks,
        reportEnd,
        segment: { trait: 'industry', value: 'retail' },
      }),
      usage: await Promise.all(
        ['acct-1', 'acct-7', 'acct-99'].map((account) => store.accountUsage(PROJECT.id, account, new Date('2026-11-10T00:00:00.000Z'))),
      ),
    })),
  );
  const [sqlite, postgres] = answers;
  // a history that exercises them: outcomes counted, cohorts returning, subscriptions churned and upgraded, usage read
  expect(sqlite!.churn.outcomes.length).toBeGreaterThan(3);
  expect(sqlite!.metrics.some((week) => week.retention.d7.active > 0 && week.churn.voluntary + week.churn.involuntary > 0)).toBe(true);
  expect(sqlite!.metrics.some((week) => week.upgrades.count > 0 && week.revenue.mrr > 0)).toBe(true);
  expect(sqlite!.metrics.some(({ churn }) => churn.paying.atStart < churn.activeAtStart && churn.paying.cancelled > 0)).toBe(true);
  expect(sqlite!.usage.every((usage) => usage.days.length > 0 && usage.activeSeats > 0)).toBe(true);
  // the retail segment is a third of the accounts: fewer paying than everyone, but some
  const paying = (weeks: typeof sqlite.metrics) => weeks.map((week) => week.revenue.paying);
  expect(paying(sqlite!.metricsRetail).every((count, week) => count < paying(sqlite!.metrics)[week]! || count === 0)).toBe(true);
  expect(paying(sqlite!.metricsRetail).some((count) => count > 0)).toBe(true);
  expect(postgres).toEqual(sqlite);
});

test('the funnel, checklist and onboarding reports are the same on SQLite and PostgreSQL, with and without a segment', async () => {
  const autumn = { from: new Date('2026-09-01T00:00:00.000Z'), to: new Date('2026-12-01T00:00:00.000Z') };
  const reportEnd = new Date('2026-12-06T00:00:00.000Z');
  const growth = { trait: 'plan', value: 'growth' };
  const campaignSteps = ['gk.exposure', 'gk.shown', 'gk.click'].map((name) => ({ name, campaign: FUNNEL_CAMPAIGN.id }));
  const answers = await Promise.all(
    [stores.sqlite, stores.postgres].map(async (store) => ({
      campaign: await store.funnelTally(PROJECT.id, {
        steps: [...campaignSteps, { name: 'plan_upgraded' }],
        range: autumn,
        withinMs: 14 * 86_400_000,
      }),
      campaignGrowth: await store.funnelTally(PROJECT.id, {
        steps: [...campaignSteps, { name: 'plan_upgraded' }],
        range: autumn,
        withinMs: 14 * 86_400_000,
        segment: growth,
      }),
      // the random history, its times written with offsets now and then
      products: await store.funnelTally(PROJECT.id, {
        steps: [{ name: 'doc_created' }, { name: 'report_run' }, { name: 'plan_upgraded' }],
        range: autumn,
        withinMs: 7 * 86_400_000,
      }),
      checklist: await store.checklistTally(PROJECT.id, { campaign: FUNNEL_CAMPAIGN.id, range: autumn }),
      checklistGrowth: await store.checklistTally(PROJECT.id, { campaign: FUNNEL_CAMPAIGN.id, range: autumn, segment: growth }),
      onboarding: await store.onboardingTally(PROJECT.id, { campaign: FUNNEL_CAMPAIGN.id, range: autumn, reportEnd }),
      onboardingGrowth: await store.onboardingTally(PROJECT.id, {
        campaign: FUNNEL_CAMPAIGN.id,
        range: autumn,
        reportEnd,
        segment: growth,
      }),
    })),
  );
  const [sqlite, postgres] = answers;
  // a history that exercises them: every step reached, segments narrower than everyone, retention on both sides
  expect(sqlite!.campaign.steps.map((step) => step.people)).toEqual([61, 46, 15, 10]);
  expect(sqlite!.campaignGrowth.steps[0]!.people).toBe(31);
  expect(sqlite!.products.steps.every((step) => step.people > 0 && step.people < 600)).toBe(true);
  expect(sqlite!.checklist).toEqual({
    shown: 46,
    steps: [
      { step: 'a', people: 30 },
      { step: 'b', people: 20 },
      { step: 'c', people: 10 },
    ],
    completed: 10,
  });
  expect(sqlite!.onboarding.finished.d7.active).toBe(10);
  expect(sqlite!.onboardingGrowth.notFinished.cohort).toBeLessThan(sqlite!.onboarding.notFinished.cohort);
  expect(postgres).toEqual(sqlite);
});

test('event funnels agree to the person on both engines: order, repeats, a step before the one it follows, ties, segments', async () => {
  const autumn = { from: new Date('2026-09-01T00:00:00.000Z'), to: new Date('2026-12-01T00:00:00.000Z') };
  const steps = (...names: string[]) => names.map((name) => ({ name }));
  const tally = (
    store: Store,
    names: string[],
    segment?: { trait: string; value: string; members?: { users: string[]; accounts: string[] } },
  ) => store.funnelTally(PROJECT.id, { steps: steps(...names), range: autumn, withinMs: 7 * 86_400_000, segment });
  const answers = await Promise.all(
    [stores.sqlite, stores.postgres].map(async (store) => ({
      inOrder: await tally(store, ['edge_a', 'edge_b', 'edge_c']),
      reversed: await tally(store, ['edge_b', 'edge_a', 'edge_c']),
      // a step again after the one it led to
      again: await tally(store, ['edge_a', 'edge_b', 'edge_a', 'edge_c']),
      planX: await tally(store, ['edge_a', 'edge_b', 'edge_c'], { trait: 'edge_plan', value: 'x' }),
      members: await tally(store, ['edge_a', 'edge_b', 'edge_c'], {
        trait: 'risk',
        value: 'high',
        members: { users: ['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e7', 'e8'], accounts: [] },
      }),
    })),
  );
  const [sqlite, postgres] = answers;
  const people = (answer: { steps: { people: number }[] }) => answer.steps.map((step) => step.people);
  // worked out from edgeFunnelHistory: edge_b by every way but 1 (only before edge_a) and 5 (past the window), 6 as a
  // device; edge_c by ways 0, 2, 4, 6 (3's came before its edge_b, 7 has none). Edge_plan x: ways 0, 2, 4 (6 never
  // identified); the members e0 … e5, e7, e8: ways 0–5, 7 and 0 again.
  expect(people(sqlite!.inOrder)).toEqual([48, 36, 24]);
  expect(people(sqlite!.planX)).toEqual([18, 18, 18]);
  expect(people(sqlite!.members)).toEqual([8, 6, 4]);
  expect(sqlite!.inOrder.steps[1]!.gapsMs.filter((gap) => gap === 0)).toHaveLength(6);
  expect(people(sqlite!.again)[2]).toBeGreaterThan(0);
  expect(postgres).toEqual(sqlite);
});

test("the same user's events, in the same order, on both engines", async () => {
  let compared = 0;
  for (let person = 0; person < 60; person++) {
    const user = `user-${person}`;
    const [sqlite, postgres] = await Promise.all([
      stores.sqlite.userEvents(PROJECT.id, user),
      stores.postgres.userEvents(PROJECT.id, user),
    ]);
    expect(postgres).toEqual(sqlite);
    compared += sqlite.length;
  }
  expect(compared).toBeGreaterThan(40);
});
