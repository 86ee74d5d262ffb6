import type { ValueSummary } from '@growthkit/core';
import { intlLocale } from '@growthkit/widgets/i18n';
import { formatValue } from '@growthkit/widgets/value-summary';

/**
 * What a value summary's title and body may say about its period, for userText to fill: `{{value.total}}` in its unit,
 * `{{value.hours}}` and `{{value.minutes}}` as numbers, `{{value.change}}` as a percentage ("" without a period before).
 * Filled here with the user's placeholders, in one pass, so the widget's chunk needs no placeholder code of its own.
 */
export function valuePlaceholders({ total, change, unit }: ValueSummary, locale: string): { value: Record<string, string> } {
  const tag = intlLocale(locale);
  const number = (n: number, options: Intl.NumberFormatOptions = { maximumFractionDigits: 1 }) =>
    new Intl.NumberFormat(tag, options).format(n);
  return {
    value: {
      total: formatValue(total, unit, tag),
      hours: number(total / 60),
      minutes: number(Math.round(total)),
      change: change === null ? '' : number(Math.abs(change), { style: 'percent' }),
    },
  };
}
