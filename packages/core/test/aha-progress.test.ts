import { describe, expect, test } from 'vitest';
import { AhaWidgetSchema, ahaProgress, type StepState } from '../src/index.ts';

const widget = AhaWidgetSchema.parse({
  type: 'aha',
  metric: { kind: 'event', event: 'customer_connected' },
  milestones: [
    { at: 10, badge: { en: 'First ten' }, icon: 'flag', message: { en: 'Ten customers connected.' } },
    { at: 25, badge: { en: 'Halfway' }, message: { en: 'Halfway there.' } },
    { at: 50, badge: { en: 'Connected' }, icon: 'trophy', message: { en: 'All 50 connected!' } },
  ],
});
const done = (at = '2026-11-22T10:00:00Z'): StepState => ({ status: 'done', at });

describe('aha progress', () => {
  test('below the first milestone: nothing reached, nothing complete', () => {
    expect(ahaProgress(widget.milestones, 4, {})).toEqual({ value: 4, reached: [], newlyReached: [], complete: false });
  });

  test('a jump past two milestones reaches both at once; saved ones are not new again', () => {
    expect(ahaProgress(widget.milestones, 30, {})).toEqual({ value: 30, reached: [10, 25], newlyReached: [10, 25], complete: false });
    expect(ahaProgress(widget.milestones, 30, { '10': done() })).toMatchObject({ reached: [10, 25], newlyReached: [25] });
  });

  test('the goal completes it; a badge saved on another device stays when this one counted fewer', () => {
    expect(ahaProgress(widget.milestones, 50, {})).toEqual({
      value: 50,
      reached: [10, 25, 50],
      newlyReached: [10, 25, 50],
      complete: true,
    });
    expect(ahaProgress(widget.milestones, 3, { '10': done(), '25': done() })).toEqual({
      value: 3,
      reached: [10, 25],
      newlyReached: [],
      complete: false,
    });
  });

  test('a metric that is not a number counts as zero', () => {
    expect(ahaProgress(widget.milestones, Number('lots'), {}).value).toBe(0);
  });

  test('the schema defaults the badge icon and rejects milestones out of order', () => {
    expect(widget.milestones[1].icon).toBe('star');
    const swapped = { ...widget, milestones: [widget.milestones[1], widget.milestones[0]] };
    expect(AhaWidgetSchema.safeParse(swapped).error?.issues[0].message).toBe(
      'milestones must be in ascending order of `at`, without repeats',
    );
  });
});
