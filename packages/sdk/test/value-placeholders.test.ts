import { expect, test } from 'vitest';
import type { ValueSummary } from '@growthkit/core';
import { valuePlaceholders } from '../src/widgets/value-placeholders.ts';

const summary = (overrides: Partial<ValueSummary> = {}): ValueSummary => ({
  period: 'month',
  unit: 'minutes',
  total: 840,
  previousTotal: 600,
  change: 0.4,
  contributors: [],
  ...overrides,
});

test('a value summary title reads its total, hours, minutes and change in the user’s language', () => {
  expect(valuePlaceholders(summary(), 'en').value).toEqual({ total: '14 hr', hours: '14', minutes: '840', change: '40%' });
  expect(valuePlaceholders(summary({ total: 1480 }), 'en').value).toMatchObject({
    total: '24 hr, 40 min',
    hours: '24.7',
    minutes: '1,480',
  });
  expect(valuePlaceholders(summary(), 'zh-CN').value).toMatchObject({ total: '14小时', change: '40%' });
});

test('money totals in their currency, no change without a period before, and a malformed locale reads as English', () => {
  expect(valuePlaceholders(summary({ unit: 'USD', total: 1234.5 }), 'zh-CN').value.total).toBe('US$1,234.50');
  expect(valuePlaceholders(summary({ period: 'signup', previousTotal: null, change: null }), 'en').value.change).toBe('');
  expect(valuePlaceholders(summary(), 'not a locale!').value.total).toBe('14 hr');
});
