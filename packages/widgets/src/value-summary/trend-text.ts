import type { ValuePeriod } from '@growthkit/core';
import { format } from '../i18n/format.ts';
import { strings } from './strings.ts';

/** "40% more than the 30 days before", "13% less …", "Same as …": the change from the period before, in words. */
export function trendText(change: number, period: ValuePeriod, locale: string, tag: string): string {
  const t = strings(locale);
  const values = {
    change: new Intl.NumberFormat(tag, { style: 'percent' }).format(Math.abs(change)),
    days: period === 'week' ? 7 : 30,
  };
  if (change > 0) return format(t.more, locale, values);
  if (change < 0) return format(t.less, locale, values);
  return format(t.same, locale, values);
}
