// @vitest-environment node
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { EventInput } from '@growthkit/core';
import { DEMO_QUOTA } from '../src/seed/demo-quota.ts';
import { makeEvent, startTestCollector, type TestCollector } from './collector-fixture.ts';
import { adminGet, sendServerEvents } from './server-events.ts';

/**
 * A quarter (2026-01-01 to 2026-04-01, 90 days: January 31, February 28, March 31) of 200 one-seat accounts. Account i
 * (user u<i>, account a<i>) signs up in its cohort's month — i < 100 January, i < 160 February, else March — on the
 * month's first day + (i mod 10), day s, and on that day subscribes to "basic" at 2,000 a month. Then, by i:
 * - activity (doc_created) by i mod 4: 0 every day s … s+30; 1 on s and s+1; 2 on s and s+7; 3 on s only;
 * - i mod 5 ∈ {0, 1}: shown the quota prompt on s+5; i mod 5 = 0: upgrades to "growth" (2,000 → 5,000) on s+15;
 * - i mod 10 = 3: cancels (voluntary) on s+40; i mod 20 = 7: a payment fails on s+44, cancelled (involuntary) on s+45.
 * Nothing after the quarter is sent. Activity does not depend on billing. Even accounts are in retail, odd ones in media
 * (the `group` trait `industry`), for the segment.
 */
const DAY = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00Z');
/** each cohort's first day, and the first account of the next cohort */
const COHORTS = [
  { firstDay: 0, until: 100 },
  { firstDay: 31, until: 160 },
  { firstDay: 59, until: 200 },
];
const at = (day: number, hour: number) => new Date(START + day * DAY + hour * 3_600_000).toISOString();

function quarter(): EventInput[] {
  const events: EventInput[] = [];
  for (let i = 0; i < 200; i++) {
    const s = COHORTS.find(({ until }) => i < until)!.firstDay + (i % 10);
    const who = { userId: `u${i}`, anonymousId: `anon-${i}`, accountId: `a${i}` };
    const event = (day: number, hour: number, name: string, props: Record<string, unknown> = {}, type: EventInput['type'] = 'track') => {
      if (day < 90) events.push(makeEvent({ ...who, type, name, ts: at(day, hour), props }));
    };
    event(s, 8, 'identify', { signed_up_at: at(s, 8) }, 'identify');
    event(s, 9, 'group', { plan: 'basic', seats: 1, industry: i % 2 === 0 ? 'retail' : 'media' }, 'group');
    event(s, 12, 'subscription_started', { plan: 'basic', mrr: 2000 });
    const activeDays = [Array.from({ length: 31 }, (_, n) => n), [0, 1], [0, 7], [0]][i % 4]!;
    for (const n of activeDays) event(s + n, 10, 'doc_created');
    if (i % 5 <= 1) events.push(makeEvent({ ...who, type: 'widget', name: 'gk.shown', campaignId: DEMO_QUOTA.id, ts: at(s + 5, 11) }));
    if (i % 5 === 0) event(s + 15, 12, 'plan_changed', { from: 'basic', to: 'growth', mrr_before: 2000, mrr_after: 5000 });
    if (i % 10 === 3) event(s + 40, 12, 'subscription_cancelled', { cause: 'voluntary' });
    if (i % 20 === 7) {
      event(s + 44, 12, 'payment_failed');
      event(s + 45, 12, 'subscription_cancelled', { cause: 'involuntary' });
    }
  }
  return events;
}

let collector: TestCollector;
beforeAll(async () => {
  collector = await startTestCollector();
  await sendServerEvents(collector, quarter());
}, 30_000);
afterAll(async () => {
  await collector.close();
});

type Interval = Record<string, unknown> & { start: string };

describe('GET /v1/admin/reports/metrics', () => {
  test('the quarter month by month: retention, churn, ARPU, LTV and expansion as worked out by hand from the generator', async () => {
    const { status, body } = await adminGet<{ intervals: Interval[] }>(
      collector,
      '/v1/admin/reports/metrics?from=2026-01-01T00:00:00Z&to=2026-04-01T00:00:00Z&interval=month',
    );
    expect(status).toBe(200);
    const [january, february, march] = body.intervals;
    expect(body.intervals.map(({ start, end, days }) => [start, end, days])).toEqual([
      ['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z', 31],
      ['2026-02-01T00:00:00.000Z', '2026-03-01T00:00:00.000Z', 28],
      ['2026-03-01T00:00:00.000Z', '2026-04-01T00:00:00.000Z', 31],
    ]);

    // Retention: each cohort is a quarter of each activity kind (i mod 4), so D1 = kinds 0 and 1 = 1/2, D7 = kinds 0 and 2 =
    // 1/2, D30 = kind 0 = 1/4. In March only day-59 signups (i = 160, 170, 180, 190: kinds 0, 2, 0, 2) had a day 30 by April 1.
    expect(january!.retention).toEqual({
      cohort: 100,
      d1: { rate: 0.5, active: 50, measured: 100 },
      d7: { rate: 0.5, active: 50, measured: 100 },
      d30: { rate: 0.25, active: 25, measured: 100 },
    });
    expect(february!.retention).toEqual({
      cohort: 60,
      d1: { rate: 0.5, active: 30, measured: 60 },
      d7: { rate: 0.5, active: 30, measured: 60 },
      d30: { rate: 0.25, active: 15, measured: 60 },
    });
    expect(march!.retention).toEqual({
      cohort: 40,
      d1: { rate: 0.5, active: 20, measured: 40 },
      d7: { rate: 0.5, active: 20, measured: 40 },
      d30: { rate: 0.5, active: 2, measured: 4 },
    });

    // Churn: nobody was subscribed on January 1. On February 1 the 100 January accounts were; in February 10 of them
    // (i mod 10 = 3) cancel on day 43 and 5 (i mod 20 = 7) on day 52. On March 1: 100 − 15 + 60 = 145 subscribed; in March the
    // February accounts' 6 voluntary (day 74) and 3 involuntary (day 83) cancellations.
    // Monthly (an average month of 30.4375 days): 1 − (1 − rate)^(30.4375 / days), each cause keeping its share of it.
    // February, 28 days: 30.4375 / 28 = 1.08705; 0.85^1.08705 = 0.83806; 1 − 0.83806 = 0.16194 → 0.162, of which
    // voluntary 10/15 = 0.10796 → 0.108 and involuntary 5/15 = 0.05398 → 0.054.
    // March, 31 days: 30.4375 / 31 = 0.98185; (136/145)^0.98185 = 0.93790^0.98185 = 0.93902; 1 − 0.93902 = 0.06098 → 0.061,
    // of which voluntary 6/9 = 0.04065 → 0.041 and involuntary 3/9 = 0.02033 → 0.02.
    expect(january!.churn).toEqual({
      activeAtStart: 0,
      voluntary: { cancelled: 0, rate: null, monthlyRate: null },
      involuntary: { cancelled: 0, rate: null, monthlyRate: null },
      total: { cancelled: 0, rate: null, monthlyRate: null },
    });
    expect(february!.churn).toEqual({
      activeAtStart: 100,
      voluntary: { cancelled: 10, rate: 0.1, monthlyRate: 0.108 },
      involuntary: { cancelled: 5, rate: 0.05, monthlyRate: 0.054 },
      total: { cancelled: 15, rate: 0.15, monthlyRate: 0.162 },
    });
    expect(march!.churn).toEqual({
      activeAtStart: 145,
      voluntary: { cancelled: 6, rate: 0.041, monthlyRate: 0.041 },
      involuntary: { cancelled: 3, rate: 0.021, monthlyRate: 0.02 },
      total: { cancelled: 9, rate: 0.062, monthlyRate: 0.061 },
    });

    // ARPU = MRR at the month's end / paying accounts. January: 20 upgraded × 5,000 + 80 × 2,000 = 260,000 over 100.
    // February: January's 85 left (20 upgraded, 65 basic) = 230,000, February's 60 (12 upgraded, 48 basic) = 156,000:
    // 386,000 over 145 = 2,662.07. March: 230,000 + February's 51 left (12 upgraded, 39 basic) = 138,000 + March's 40
    // (8 upgraded, 32 basic) = 104,000: 472,000 over 176 = 2,681.82.
    expect([january!.arpu, february!.arpu, march!.arpu]).toEqual([
      { value: 2600, mrr: 260_000, paying: 100 },
      { value: 2662, mrr: 386_000, paying: 145 },
      { value: 2682, mrr: 472_000, paying: 176 },
    ]);
    // LTV = ARPU / monthly churn (above, unrounded; every account pays, so LTV's paying churn is the same): January has no
    // churn rate; 2,662.07 / 0.16194 = 16,438.5;
    // 2,681.82 / 0.06098 = 43,980.3.
    expect([january!.ltv, february!.ltv, march!.ltv]).toEqual([
      { value: null, arpu: 2600, churnRate: null, payingAtStart: 0, cancelled: 0, days: 31 },
      { value: 16_439, arpu: 2662, churnRate: 0.162, payingAtStart: 100, cancelled: 15, days: 28 },
      { value: 43_980, arpu: 2682, churnRate: 0.061, payingAtStart: 145, cancelled: 9, days: 31 },
    ]);

    // Expansion: of each month's accounts first shown the quota prompt (i mod 5 ∈ {0, 1}: 40, 24, 16), half upgrade after it.
    expect([january!.expansionConversion, february!.expansionConversion, march!.expansionConversion]).toEqual([
      { rate: 0.5, upgraded: 20, shown: 40 },
      { rate: 0.5, upgraded: 12, shown: 24 },
      { rate: 0.5, upgraded: 8, shown: 16 },
    ]);
    // Each upgrade adds 3,000 of MRR: 60,000 / 260,000, 36,000 / 386,000, 24,000 / 472,000.
    expect([january!.expansionRevenueShare, february!.expansionRevenueShare, march!.expansionRevenueShare]).toEqual([
      { share: 0.231, upgradeMrr: 60_000, mrr: 260_000 },
      { share: 0.093, upgradeMrr: 36_000, mrr: 386_000 },
      { share: 0.051, upgradeMrr: 24_000, mrr: 472_000 },
    ]);
    // Upgrades / paying accounts × 365 / days: 20 / 100 × 365 / 31, 12 / 145 × 365 / 28, 8 / 176 × 365 / 31.
    expect([january!.upgradesPerAccountYear, february!.upgradesPerAccountYear, march!.upgradesPerAccountYear]).toEqual([
      { value: 2.355, upgrades: 20, upgradedAccounts: 20, paying: 100, days: 31 },
      { value: 1.079, upgrades: 12, upgradedAccounts: 12, paying: 145, days: 28 },
      { value: 0.535, upgrades: 8, upgradedAccounts: 8, paying: 176, days: 31 },
    ]);
  });

  test('a segment keeps user figures to its users and account figures to its accounts: retail (even i) against media (odd i)', async () => {
    const report = async (industry: string) => {
      const { body } = await adminGet<{ segment: unknown; intervals: Interval[] }>(
        collector,
        `/v1/admin/reports/metrics?from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z&segment=industry:${industry}`,
      );
      return body;
    };
    const retail = await report('retail');
    expect(retail.segment).toEqual({ trait: 'industry', value: 'retail' });
    const [retailJanuary, retailFebruary] = retail.intervals;
    // January's 50 even accounts are activity kinds 0 and 2 (i mod 4): D1 kind 0, D7 both, D30 kind 0.
    expect(retailJanuary!.retention).toEqual({
      cohort: 50,
      d1: { rate: 0.5, active: 25, measured: 50 },
      d7: { rate: 1, active: 50, measured: 50 },
      d30: { rate: 0.5, active: 25, measured: 50 },
    });
    // Every cancellation is of an odd account (i mod 10 = 3, i mod 20 = 7): none in retail.
    expect(retailFebruary!.churn).toMatchObject({ activeAtStart: 50, voluntary: { cancelled: 0 }, involuntary: { cancelled: 0 } });
    // Upgraded: i mod 10 = 0 (10 accounts at 5,000), 40 at 2,000; shown the prompt: i mod 10 ∈ {0, 6}, half of them upgrade.
    expect(retailJanuary!.arpu).toEqual({ value: 2600, mrr: 130_000, paying: 50 });
    expect(retailJanuary!.expansionConversion).toEqual({ rate: 0.5, upgraded: 10, shown: 20 });

    const [mediaJanuary, mediaFebruary] = (await report('media')).intervals;
    // Odd accounts are kinds 1 and 3: back on day 1 only for kind 1, never on day 7 or 30.
    expect(mediaJanuary!.retention).toEqual({
      cohort: 50,
      d1: { rate: 0.5, active: 25, measured: 50 },
      d7: { rate: 0, active: 0, measured: 50 },
      d30: { rate: 0, active: 0, measured: 50 },
    });
    // All of February's cancellations: 10 voluntary and 5 involuntary of January's 50 odd accounts. Monthly over 28 days:
    // 0.7^1.08705 = 0.67860; 1 − 0.67860 = 0.32140 → 0.321, voluntary 2/3 of it 0.21427 → 0.214, involuntary 0.10713 → 0.107.
    expect(mediaFebruary!.churn).toEqual({
      activeAtStart: 50,
      voluntary: { cancelled: 10, rate: 0.2, monthlyRate: 0.214 },
      involuntary: { cancelled: 5, rate: 0.1, monthlyRate: 0.107 },
      total: { cancelled: 15, rate: 0.3, monthlyRate: 0.321 },
    });
  });

  test('a report that ends mid-month ends its last interval there, and looks at no later day', async () => {
    const { body } = await adminGet<{ intervals: (Interval & { retention: { d30: unknown } })[] }>(
      collector,
      '/v1/admin/reports/metrics?from=2026-01-01T00:00:00Z&to=2026-01-15T00:00:00Z',
    );
    expect(body.intervals).toHaveLength(1);
    expect(body.intervals[0]).toMatchObject({ end: '2026-01-15T00:00:00.000Z', days: 14 });
    // Only January 1–14 are seen: nobody's day 30 yet.
    expect(body.intervals[0]!.retention.d30).toEqual({ rate: null, active: 0, measured: 0 });
  });

  test('churn over part of a month is scaled to a month before it gives LTV: 1–14 February', async () => {
    const { body } = await adminGet<{ intervals: Interval[] }>(
      collector,
      '/v1/admin/reports/metrics?from=2026-02-01T00:00:00Z&to=2026-02-15T00:00:00Z',
    );
    const [half] = body.intervals;
    // February 1 is day 31, February 15 day 45: 14 days. Of the 100 January accounts subscribed at the start, the 10 with
    // i mod 10 = 3 cancel on day 43 (voluntary); the involuntary ones (day 52) are after it. Monthly: 30.4375 / 14 = 2.17411;
    // 0.9^2.17411 = 0.79528; 1 − 0.79528 = 0.20472 → 0.205 (read as monthly, 0.1 would double the lifetime).
    expect(half!.churn).toMatchObject({ activeAtStart: 100, total: { cancelled: 10, rate: 0.1, monthlyRate: 0.205 } });
    // Paying at February 15: January's 90 left (20 upgraded at 5,000, 70 at 2,000: 240,000) and February's 60, all
    // subscribed by day 40 and none upgraded before day 46 (120,000): 360,000 / 150 = 2,400. LTV = 2,400 / 0.20472 = 11,723.1.
    expect(half!.arpu).toEqual({ value: 2400, mrr: 360_000, paying: 150 });
    expect(half!.ltv).toEqual({ value: 11_723, arpu: 2400, churnRate: 0.205, payingAtStart: 100, cancelled: 10, days: 14 });
  });

  test("LTV's churn counts the accounts ARPU averages over: paying ones, not a free plan's", async () => {
    // January 2025, far from the quarter: on 10 December 2024 four accounts subscribe at 3,000 and one to a free plan
    // (MRR 0); in January one paying account and the free one cancel (the other three in March, so that 2026 holds only
    // the quarter's accounts).
    const bill = (accountId: string, day: string, name: string, props: Record<string, unknown>) =>
      makeEvent({ anonymousId: 'billing', accountId, type: 'track', name, ts: `${day}T12:00:00Z`, props });
    await sendServerEvents(collector, [
      ...['p1', 'p2', 'p3', 'p4'].map((account) => bill(account, '2024-12-10', 'subscription_started', { plan: 'basic', mrr: 3000 })),
      bill('free', '2024-12-10', 'subscription_started', { plan: 'free', mrr: 0 }),
      bill('p1', '2025-01-10', 'subscription_cancelled', { cause: 'voluntary' }),
      bill('free', '2025-01-12', 'subscription_cancelled', { cause: 'voluntary' }),
      ...['p2', 'p3', 'p4'].map((account) => bill(account, '2025-03-05', 'subscription_cancelled', { cause: 'voluntary' })),
    ]);
    const { body } = await adminGet<{ intervals: Interval[] }>(
      collector,
      '/v1/admin/reports/metrics?from=2025-01-01T00:00:00Z&to=2025-02-01T00:00:00Z',
    );
    const [january] = body.intervals;
    // Churn counts every subscription: 2 of 5 (0.4); monthly over 31 days: 0.6^(30.4375 / 31) = 0.6^0.98185 = 0.60559,
    // 1 − 0.60559 = 0.39441 → 0.394.
    expect(january!.churn).toMatchObject({ activeAtStart: 5, total: { cancelled: 2, rate: 0.4, monthlyRate: 0.394 } });
    // ARPU: p2–p4 paying at the end, 9,000 / 3 = 3,000. LTV's churn: 1 of the 4 paying at the start (0.25); monthly
    // 0.75^0.98185 = 0.75393, 1 − 0.75393 = 0.24607 → 0.246; LTV = 3,000 / 0.24607 = 12,191.4 (with the free plan's
    // churn it would be 3,000 / 0.39441 = 7,606.2).
    expect(january!.arpu).toEqual({ value: 3000, mrr: 9000, paying: 3 });
    expect(january!.ltv).toEqual({ value: 12_191, arpu: 3000, churnRate: 0.246, payingAtStart: 4, cancelled: 1, days: 31 });
  });

  test('a report whose `to` is still to come counts no day after now: a day 7 not reached yet is unmeasured, not 0%', async () => {
    const now = Date.now();
    // four users first seen 3 days ago, two of them back the next day; nobody has had a day 7 yet
    const use = (user: number, day: number) =>
      makeEvent({
        userId: `recent-${user}`,
        anonymousId: `recent-device-${user}`,
        name: 'doc_created',
        ts: new Date(now - (3 - day) * DAY).toISOString(),
      });
    await sendServerEvents(collector, [use(0, 0), use(1, 0), use(2, 0), use(3, 0), use(0, 1), use(1, 1)]);
    const from = new Date(now - 5 * DAY).toISOString();
    const to = new Date(now + 40 * DAY).toISOString();
    const { body } = await adminGet<{
      asOf: string;
      intervals: (Interval & { retention: unknown; ltv: { days: number }; upgradesPerAccountYear: { days: number } })[];
    }>(collector, `/v1/admin/reports/metrics?from=${from}&to=${to}`);
    // Day 0 began at most 3 days ago, so day 1 ended at most a day ago (measured) and day 7 ends at least 4 days from now.
    expect(body.intervals[0]!.retention).toEqual({
      cohort: 4,
      d1: { rate: 0.5, active: 2, measured: 4 },
      d7: { rate: null, active: 0, measured: 0 },
      d30: { rate: null, active: 0, measured: 0 },
    });
    // the first interval's churn and upgrades are seen over the 5 days from `from` to now, not its whole month; the second
    // interval (a month after `from`, still to come) has no day seen: no upgrade rate rather than 0 a year
    expect(Date.parse(body.asOf)).toBeGreaterThanOrEqual(now);
    expect(body.intervals[0]!.ltv.days).toBeCloseTo(5, 3);
    expect(body.intervals[0]!.upgradesPerAccountYear).toMatchObject({ upgrades: 0, value: 0 });
    expect(body.intervals[0]!.upgradesPerAccountYear.days).toBeCloseTo(5, 3);
    expect(body.intervals[1]!.upgradesPerAccountYear).toMatchObject({ upgrades: 0, value: null, days: 0 });
    // without `to` the report ends when it is made, and says so: its last interval is the one still running
    const open = await adminGet<{ to: string; asOf: string }>(collector, `/v1/admin/reports/metrics?from=${from}`);
    expect(open.body.to).toBe(open.body.asOf);
  });

  test("months stepped from the 31st keep February: each interval starts on the 31st, or the month's last day when shorter", async () => {
    const { body } = await adminGet<{ intervals: (Interval & { end: string; days: number; churn: unknown })[] }>(
      collector,
      '/v1/admin/reports/metrics?from=2026-01-31T00:00:00Z&to=2026-07-01T00:00:00Z',
    );
    // 31 Jan → 28 Feb (28 days), → 31 Mar (31), → 30 Apr (30), → 31 May (31), → 30 Jun (30), and 30 Jun → 1 Jul, `to` (1).
    expect(body.intervals.map(({ start, end, days }) => [start.slice(0, 10), end.slice(0, 10), days])).toEqual([
      ['2026-01-31', '2026-02-28', 28],
      ['2026-02-28', '2026-03-31', 31],
      ['2026-03-31', '2026-04-30', 30],
      ['2026-04-30', '2026-05-31', 31],
      ['2026-05-31', '2026-06-30', 30],
      ['2026-06-30', '2026-07-01', 1],
    ]);
    // 31 Jan is day 30, 28 Feb day 58, 31 Mar day 89: the January accounts' February cancellations (days 43 and 52) fall in
    // the first interval; on 28 February the 85 January accounts left and the 60 February ones (subscribed by day 40) are
    // subscribed, and the February accounts' 6 voluntary (day 74) and 3 involuntary (day 83) cancellations fall in the second.
    expect(body.intervals.slice(0, 2).map(({ churn }) => churn)).toMatchObject([
      { activeAtStart: 100, voluntary: { cancelled: 10 }, involuntary: { cancelled: 5 } },
      { activeAtStart: 145, voluntary: { cancelled: 6 }, involuntary: { cancelled: 3 } },
    ]);
  });

  test("three years month by month leave nothing in the log: each month's statements listen to the report's signal, and Node warned of a listener leak past 10", async () => {
    const warnings: string[] = [];
    const listen = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
    process.on('warning', listen);
    try {
      const { status } = await adminGet(collector, '/v1/admin/reports/metrics?from=2024-01-01T00:00:00Z&to=2027-01-01T00:00:00Z');
      expect(status).toBe(200);
      // a process warning is emitted on a later tick
      await new Promise((settle) => setImmediate(settle));
    } finally {
      process.off('warning', listen);
    }
    expect(warnings).toEqual([]);
  });

  test('a query that is not one is refused naming the field', async () => {
    const cases = [
      ['/v1/admin/reports/metrics?to=2026-04-01T00:00:00Z', 'from'],
      ['/v1/admin/reports/metrics?from=2026-01-01T00:00:00Z&to=2026-04-01T00:00:00Z&interval=week', 'interval'],
      ['/v1/admin/reports/metrics?from=2020-01-01T00:00:00Z&to=2026-04-01T00:00:00Z', 'to'],
      ['/v1/admin/reports/metrics?from=2026-01-01T00:00:00Z&segment=industry', 'segment'],
    ];
    for (const [path, field] of cases) {
      const { status, body } = await adminGet<{ error: { field: string } }>(collector, path!);
      expect([status, body.error.field]).toEqual([400, field]);
    }
  });
});
