import { describe, expect, test } from 'vitest';
import {
  countValueEvents,
  dayKey,
  recordValueEvent,
  summarizeValue,
  summarizeValueCounts,
  ValueSummaryWidgetSchema,
  VALUE_DAYS,
  type ValueRule,
} from '../src/index.ts';
import { NOW, TIME_RULES, VALUE_EVENTS } from './value-events-fixture.ts';

const rules: ValueRule[] = TIME_RULES;

describe('summarizeValue over two months of events', () => {
  test('last 30 days: exact total, previous 30 days, change and the top three contributors', () => {
    expect(summarizeValue(rules, VALUE_EVENTS, 'month', NOW)).toEqual({
      period: 'month',
      unit: 'minutes',
      total: 840, // 30 reports × 20 + 40 docs × 5 + 3 invites × 10 + 5 files × 2
      previousTotal: 600, // 24 reports × 20 + 24 docs × 5
      change: 0.4,
      contributors: [
        { event: 'report_generated', count: 30, value: 600 },
        { event: 'doc_created', count: 40, value: 200 },
        { event: 'teammate_invited', count: 3, value: 30 },
      ],
    });
  });

  test('last 7 days in UTC and in Shanghai, where an evening invite falls on the next day', () => {
    const utc = summarizeValue(rules, VALUE_EVENTS, 'week', NOW, 'UTC');
    expect([utc.total, utc.previousTotal, utc.change]).toEqual([230, 220, 0.0455]);
    const shanghai = summarizeValue(rules, VALUE_EVENTS, 'week', NOW, 'Asia/Shanghai');
    expect([shanghai.total, shanghai.previousTotal, shanghai.change]).toEqual([240, 210, 0.1429]);
    expect(shanghai.contributors).toEqual([
      { event: 'report_generated', count: 7, value: 140 },
      { event: 'doc_created', count: 14, value: 70 },
      { event: 'teammate_invited', count: 3, value: 30 },
    ]);
  });

  test('since signup: every event ever counted, with nothing to compare against', () => {
    const summary = summarizeValue(rules, VALUE_EVENTS, 'signup', NOW);
    expect(summary.total).toBe(1480);
    expect(summary.previousTotal).toBeNull();
    expect(summary.change).toBeNull();
    expect(summary.contributors.map(({ event, count }) => [event, count])).toEqual([
      ['report_generated', 56],
      ['doc_created', 64],
      ['teammate_invited', 3],
    ]);
  });

  test('counts kept on the device give the same answer as the raw events, and keep only 62 days', () => {
    const counts = countValueEvents(VALUE_EVENTS, 'UTC');
    expect(summarizeValue(rules, counts, 'month', NOW)).toEqual(summarizeValue(rules, VALUE_EVENTS, 'month', NOW));
    // the widget's way in: the device's counts and today's day key in the same time zone
    const shanghai = countValueEvents(VALUE_EVENTS, 'Asia/Shanghai');
    const today = dayKey(NOW.getTime(), 'Asia/Shanghai');
    expect(summarizeValueCounts(rules, shanghai, 'week', today)).toEqual(summarizeValue(rules, VALUE_EVENTS, 'week', NOW, 'Asia/Shanghai'));
    expect(Object.keys(counts.days.report_generated).sort()[0]).toBe('2026-09-23');
    expect(counts.totals.report_generated).toBe(56);
    // Sep 23 is the 62nd day before Nov 23 and still kept; a report on Nov 24 pushes it out
    const day23 = recordValueEvent(counts, 'report_generated', '2026-11-23T09:00:00Z', 'UTC');
    expect(day23.days.report_generated['2026-09-23']).toBe(1);
    const day24 = recordValueEvent(day23, 'report_generated', '2026-11-24T09:00:00Z', 'UTC');
    expect(day24.days.report_generated['2026-09-23']).toBeUndefined();
    expect(day24.totals.report_generated).toBe(58);
    expect(VALUE_DAYS).toBe(62);
    expect(counts.days.report_generated['2026-09-30']).toBe(1); // the input was not changed
  });

  test('no previous value gives no change rather than infinity; money adds up without float noise', () => {
    const money: ValueRule[] = [{ event: 'invoice_sent', label: { en: 'Invoices' }, money: { amount: 0.1, currency: 'USD' } }];
    const events = [1, 2, 3].map((day) => ({ name: 'invoice_sent', ts: `2026-11-${19 + day}T08:00:00Z` }));
    expect(summarizeValue(money, events, 'month', NOW)).toMatchObject({ unit: 'USD', total: 0.3, previousTotal: 0, change: null });
  });

  test('a falling period has a negative change', () => {
    const events = [
      ...Array.from({ length: 4 }, () => ({ name: 'doc_created', ts: '2026-11-10T08:00:00Z' })),
      { name: 'doc_created', ts: '2026-11-20T08:00:00Z' },
    ];
    expect(summarizeValue(rules, events, 'week', NOW).change).toBe(-0.75);
  });
});

describe('the value-summary widget schema', () => {
  const widget = { type: 'value-summary', rules: TIME_RULES };

  test('defaults to the last 30 days with all three periods to switch between', () => {
    expect(ValueSummaryWidgetSchema.parse(widget)).toMatchObject({ period: 'month', periods: ['week', 'month', 'signup'] });
  });

  test('rejects rules in mixed units, two rules for one event and a first period not offered', () => {
    const mixed = [...TIME_RULES, { event: 'x', label: { en: 'X' }, money: { amount: 5, currency: 'EUR' } }];
    expect(ValueSummaryWidgetSchema.safeParse({ ...widget, rules: mixed }).error?.issues[0].message).toBe(
      'all value rules must use the same unit: minutes, or money in one currency',
    );
    expect(ValueSummaryWidgetSchema.safeParse({ ...widget, rules: [TIME_RULES[0], TIME_RULES[0]] }).error?.issues[0].message).toBe(
      'each event may have one value rule',
    );
    const period = ValueSummaryWidgetSchema.safeParse({ ...widget, period: 'week', periods: ['month'] }).error?.issues[0];
    expect([period?.path, period?.message]).toEqual([['period'], 'must be one of `periods`']);
  });
});
