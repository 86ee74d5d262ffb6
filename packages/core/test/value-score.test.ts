import { describe, expect, it } from 'vitest';
import { computeTraits, computeValueScore, recordEvent, type Counters } from '../src/index.ts';

const now = new Date('2026-11-22T12:00:00Z');
const daysAgo = (n: number) => new Date(Date.UTC(2026, 10, 22 - n, 12)).toISOString();
const times = (counters: Counters, name: string, count: number, ago = 3) => {
  for (let i = 0; i < count; i++) counters = recordEvent(counters, name, daysAgo(ago));
  return counters;
};
const settings = {
  keyFeatures: ['doc_created', 'report_generated', 'teammate_invited', 'file_uploaded'],
  workEvents: ['report_generated'],
  workPerPrice: 2,
};

describe('value scorecard', () => {
  // The worked example of docs/widgets.md, "Value scorecard".
  it('scores the documented example: breadth 3/4, depth 4/10 seats, reach 49 of 98 reports → 55', () => {
    let counters = times({}, 'doc_created', 12);
    counters = times(counters, 'report_generated', 49);
    counters = times(counters, 'teammate_invited', 1);
    counters = times(counters, 'file_uploaded', 5, 31); // used, but not in the last 30 days
    const score = computeValueScore({ account: { seats: 10, plan_price: 4900 }, counters, activeSeats: 4, now, settings });
    expect(score).toEqual({ breadth: 0.75, depth: 0.4, reach: 0.5, value_score: 55 });
  });

  it('caps each part at 1, so unused seats are not made up for by heavy work', () => {
    const counters = times({}, 'report_generated', 500);
    const score = computeValueScore({ account: { seats: 10, plan_price: 4900 }, counters, activeSeats: 1, now, settings });
    expect(score).toMatchObject({ breadth: 0.25, depth: 0.1, reach: 5.102 });
    expect(score.value_score).toBe(Math.round((100 * (0.25 + 0.1 + 1)) / 3));
  });

  it('leaves out a part it cannot measure, and has no score when it can measure none', () => {
    const counters = times({}, 'doc_created', 3);
    expect(computeValueScore({ account: { seats: 4 }, counters, activeSeats: 2, now, settings })).toEqual({
      breadth: 0.25,
      depth: 0.5,
      reach: null,
      value_score: 38,
    });
    expect(computeValueScore({ account: {}, counters, activeSeats: 2, now })).toEqual({
      breadth: null,
      depth: null,
      reach: null,
      value_score: null,
    });
  });

  it('is the low_value risk signal only below the threshold and within 30 days before renewal', () => {
    const renewsIn = (days: number) => ({ renews_at: new Date(now.getTime() + days * 86_400_000).toISOString() });
    const steady = times(times({}, 'doc_created', 2, 1), 'doc_created', 2, 10);
    const signals = (valueScore: number | null, account: object, lowScore?: number) =>
      computeTraits({
        now,
        counters: steady,
        account: account as never,
        valueScore,
        settings: { value: lowScore ? ({ ...settings, lowScore } as never) : undefined },
      }).riskSignals;
    expect(signals(39, renewsIn(15))).toEqual(['low_value']);
    expect(signals(40, renewsIn(15))).toEqual([]);
    expect(signals(39, renewsIn(31))).toEqual([]);
    expect(signals(39, renewsIn(-1))).toEqual([]);
    expect(signals(null, renewsIn(15))).toEqual([]);
    expect(signals(39, {})).toEqual([]);
    expect(signals(55, renewsIn(7), 60)).toEqual(['low_value']);
    expect(computeTraits({ now, counters: steady, account: renewsIn(15), valueScore: 39 })).toMatchObject({
      value_score: 39,
      risk: 'medium',
    });
  });
});
