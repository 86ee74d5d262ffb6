import type { ValuePeriod, ValueRule } from '../widget/value-summary.ts';
import { countValueEvents, dayKey, shiftDay, type ValueCounts } from './value-counts.ts';

export interface ValueContributor {
  event: string;
  /** how often the event happened in the period */
  count: number;
  /** count × the rule's value, in the summary's unit */
  value: number;
}

export interface ValueSummary {
  period: ValuePeriod;
  /** "minutes", or the ISO currency code of money rules */
  unit: string;
  total: number;
  /** the same number of days just before; null for `signup` */
  previousTotal: number | null;
  /** (total − previous) / previous, e.g. 0.35 for +35%; null without a previous period or when it was 0 */
  change: number | null;
  /** the top three rules by value in the period, largest first; rules worth nothing in it are left out */
  contributors: ValueContributor[];
}

const LENGTH = { week: 7, month: 30 } as const;

function sumDays(byDay: Record<string, number> | undefined, from: string, to: string): number {
  let sum = 0;
  for (const day in byDay) if (day >= from && day <= to) sum += byDay[day];
  return sum;
}

/**
 * The value a user got in `period` up to `now` (days in `timeZone`, default UTC), from value counts or from a list of
 * events. Values are rounded to two decimals, so adding money does not show binary fractions.
 */
export function summarizeValue(
  rules: readonly ValueRule[],
  input: ValueCounts | readonly { name: string; ts: string }[],
  period: ValuePeriod,
  now: Date,
  timeZone?: string,
): ValueSummary {
  const counts = Array.isArray(input) ? countValueEvents(input, timeZone) : (input as ValueCounts);
  return summarizeValueCounts(rules, counts, period, dayKey(now.getTime(), timeZone));
}

/**
 * summarizeValue over value counts whose last day is `today` ("YYYY-MM-DD" in the counts' time zone). The SDK's runtime
 * calls this one for the widget, with its own counts and day key, so the browser carries no second copy of the
 * counting and time zone code (byte budget).
 */
export function summarizeValueCounts(rules: readonly ValueRule[], counts: ValueCounts, period: ValuePeriod, today: string): ValueSummary {
  const worth = (rule: ValueRule) => ('minutes' in rule ? rule.minutes : rule.money.amount);
  const round = (n: number) => Math.round(n * 100) / 100;
  const count = (event: string, back: number): number => {
    if (period === 'signup') return back ? 0 : (counts.totals[event] ?? 0);
    const length = LENGTH[period];
    const to = shiftDay(today, -back * length);
    return sumDays(counts.days[event], shiftDay(to, 1 - length), to);
  };
  let previous = 0;
  const contributors: ValueContributor[] = [];
  for (const rule of rules) {
    const n = count(rule.event, 0);
    if (n) contributors.push({ event: rule.event, count: n, value: round(n * worth(rule)) });
    previous += count(rule.event, 1) * worth(rule);
  }
  const total = round(contributors.reduce((sum, contributor) => sum + contributor.value, 0));
  const previousTotal = period === 'signup' ? null : round(previous);
  contributors.sort((a, b) => b.value - a.value || a.event.localeCompare(b.event));
  return {
    period,
    unit: 'minutes' in rules[0] ? 'minutes' : rules[0].money.currency,
    total,
    previousTotal,
    change: previousTotal ? Math.round(((total - previousTotal) / previousTotal) * 10_000) / 10_000 : null,
    contributors: contributors.slice(0, 3),
  };
}
