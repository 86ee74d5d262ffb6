// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { makeEvent, startTestCollector, type TestCollector } from './collector-fixture.ts';
import { adminGet, sendServerEvents } from './server-events.ts';

let collector: TestCollector;
beforeEach(async () => {
  collector = await startTestCollector();
});
afterEach(async () => {
  await collector.close();
});

const outcome = (props: { outcome: string; reason?: string; offer?: string }, ts = '2026-11-10T10:00:00.000Z') =>
  makeEvent({ type: 'widget', name: 'gk.cancel_outcome', userId: 'user-1', campaignId: 'cancel-flow', ts, props });
const times = <T>(n: number, make: () => T) => Array.from({ length: n }, make);

describe('GET /v1/admin/reports/churn', () => {
  test('the worked example: 12 decided outcomes and 3 dismissed give shares 0.5 / 0.333 / 0.167, save rate 0.333, and each offer saved of the times it was shown', async () => {
    await sendServerEvents(collector, [
      // too expensive: 6 decided, 3 saved (2 by a discount, 1 by a downgrade), 3 cancelled after declining an offer
      ...times(2, () => outcome({ outcome: 'saved', reason: 'too_expensive', offer: 'discount' })),
      outcome({ outcome: 'saved', reason: 'too_expensive', offer: 'downgrade' }),
      ...times(2, () => outcome({ outcome: 'cancelled', reason: 'too_expensive', offer: 'discount' })),
      outcome({ outcome: 'cancelled', reason: 'too_expensive', offer: 'downgrade' }),
      // hard to use: 4 decided, 1 saved by help
      outcome({ outcome: 'saved', reason: 'hard_to_use', offer: 'help' }),
      ...times(3, () => outcome({ outcome: 'cancelled', reason: 'hard_to_use', offer: 'help' })),
      // other: 2 decided, none saved (one declined help, one was offered nothing)
      outcome({ outcome: 'cancelled', reason: 'other', offer: 'help' }),
      outcome({ outcome: 'cancelled', reason: 'other' }),
      // 3 dismissed: one closed the flow while a discount was on screen, so it counts as shown
      outcome({ outcome: 'dismissed', reason: 'too_expensive', offer: 'discount' }),
      ...times(2, () => outcome({ outcome: 'dismissed' })),
      // GrowthKit could not run the flow once: counted apart, never a reason
      outcome({ outcome: 'proceed' }),
      // outside the asked range
      outcome({ outcome: 'saved', reason: 'other', offer: 'help' }, '2026-10-31T23:59:59.999Z'),
    ]);

    const { status, body } = await adminGet(collector, '/v1/admin/reports/churn?from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z');
    expect(status).toBe(200);
    expect(body).toEqual({
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-12-01T00:00:00.000Z',
      segment: null,
      reasons: [
        { reason: 'too_expensive', count: 6, share: 0.5 },
        { reason: 'hard_to_use', count: 4, share: 0.333 },
        { reason: 'other', count: 2, share: 0.167 },
      ],
      saveRate: 0.333,
      offers: [
        // discount: 2 saved, 2 declined, 1 on screen when dismissed
        { offer: 'discount', shown: 5, saved: 2, rate: 0.4 },
        { offer: 'help', shown: 5, saved: 1, rate: 0.2 },
        { offer: 'downgrade', shown: 2, saved: 1, rate: 0.5 },
      ],
      counts: { saved: 4, cancelled: 8, dismissed: 3, proceed: 1 },
    });

    // Without a range every outcome counts, the October save among them.
    const all = await adminGet<{ counts: { saved: number } }>(collector, '/v1/admin/reports/churn');
    expect(all.body.counts.saved).toBe(5);
  });

  test('a segment keeps to the outcomes of users whose latest trait matches, so two plans compare side by side', async () => {
    const of = (userId: string, props: { outcome: string; reason?: string; offer?: string }) =>
      makeEvent({ type: 'widget', name: 'gk.cancel_outcome', userId, campaignId: 'cancel-flow', ts: '2026-11-10T10:00:00.000Z', props });
    const plan = (userId: string, value: string, ts: string) => makeEvent({ type: 'identify', userId, ts, props: { plan: value } });
    await sendServerEvents(collector, [
      plan('basic-1', 'basic', '2026-11-01T00:00:00.000Z'),
      plan('basic-2', 'basic', '2026-11-01T00:00:00.000Z'),
      plan('growth-1', 'growth', '2026-11-01T00:00:00.000Z'),
      // was basic, now growth: counted with growth only
      plan('moved', 'basic', '2026-11-01T00:00:00.000Z'),
      plan('moved', 'growth', '2026-11-05T00:00:00.000Z'),
      of('basic-1', { outcome: 'saved', reason: 'too_expensive', offer: 'discount' }),
      of('basic-2', { outcome: 'cancelled', reason: 'too_expensive', offer: 'discount' }),
      of('growth-1', { outcome: 'cancelled', reason: 'missing_features', offer: 'roadmap' }),
      of('moved', { outcome: 'saved', reason: 'hard_to_use', offer: 'help' }),
      of('nobody', { outcome: 'cancelled', reason: 'other' }),
    ]);
    const report = (segment: string) =>
      adminGet<{ segment: unknown; saveRate: number; reasons: { reason: string }[]; counts: { saved: number; cancelled: number } }>(
        collector,
        `/v1/admin/reports/churn?segment=${segment}`,
      );
    const basic = (await report('plan:basic')).body;
    expect(basic).toMatchObject({ segment: { trait: 'plan', value: 'basic' }, saveRate: 0.5, counts: { saved: 1, cancelled: 1 } });
    expect(basic.reasons.map((row) => row.reason)).toEqual(['too_expensive']);
    const growth = (await report('plan:growth')).body;
    expect(growth).toMatchObject({ saveRate: 0.5, counts: { saved: 1, cancelled: 1 } });
    expect(growth.reasons.map((row) => row.reason)).toEqual(['hard_to_use', 'missing_features']);
    const malformed = await adminGet<{ error: { field: string } }>(collector, '/v1/admin/reports/churn?segment=plan');
    expect([malformed.status, malformed.body.error.field]).toEqual([400, 'segment']);
  });

  test('with no outcome yet every rate is null, not a division by zero', async () => {
    const { body } = await adminGet(collector, '/v1/admin/reports/churn');
    expect(body).toMatchObject({ reasons: [], saveRate: null, offers: [], counts: { saved: 0, cancelled: 0, dismissed: 0, proceed: 0 } });
  });

  test('a range that is not one is refused naming the field; the publishable key may not read reports', async () => {
    const badFrom = await adminGet<{ error: { field: string } }>(collector, '/v1/admin/reports/churn?from=last-week');
    expect([badFrom.status, badFrom.body.error.field]).toEqual([400, 'from']);
    const backwards = await adminGet<{ error: { field: string } }>(
      collector,
      '/v1/admin/reports/churn?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z',
    );
    expect([backwards.status, backwards.body.error.field]).toEqual([400, 'to']);
    const publishable = await fetch(`${collector.url}/v1/admin/reports/churn?key=pk_demo`);
    expect(publishable.status).toBe(403);
  });

  test('an instant outside years 0001–9999 on UTC (year 0000, or an offset carrying 9999 past it) is refused naming it; it was answered as "0000-…" or "+010000-…"', async () => {
    const cases = [
      ['from=0000-06-01T00:00:00Z', 'from'],
      ['from=0001-01-01T00:00:00%2B14:00', 'from'],
      ['from=2026-01-01T00:00:00Z&to=9999-12-31T23:59:59-14:00', 'to'],
    ];
    for (const [query, field] of cases) {
      const { status, body } = await adminGet<{ error: object }>(collector, `/v1/admin/reports/churn?${query}`);
      expect(status).toBe(400);
      expect(body.error).toEqual({
        code: 'invalid_query',
        message: `${field} must be from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z`,
        field,
      });
    }
    const widest = await adminGet<{ from: string; to: string }>(
      collector,
      '/v1/admin/reports/churn?from=0001-01-01T00:00:00Z&to=9999-12-31T23:59:59.999Z',
    );
    expect([widest.status, widest.body.from, widest.body.to]).toEqual([200, '0001-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z']);
  });
});
