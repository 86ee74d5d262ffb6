import type { MetricsReportInterval } from '@growthkit/core';

const DAY_MS = 86_400_000;

const date = (ms: number, parts: Intl.DateTimeFormatOptions) => new Date(ms).toLocaleDateString('en-GB', { ...parts, timeZone: 'UTC' });

/** A length in days as the report writes it: whole days plainly, a part of one to a tenth. */
export const dayCount = (days: number) => `${Number.isInteger(days) ? days : days.toFixed(1)} days`;

/** Whether [start, end) is exactly one calendar month (UTC). */
function wholeMonth(start: Date, end: Date): boolean {
  const first = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1);
  return start.getTime() === first && end.getTime() === Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1);
}

/** The days an interval covers, both included: "12 Jan 2026", "1–15 Jan 2026", "31 Jan – 27 Feb 2026", "31 Dec 2025 – 30 Jan 2026". */
function dayRange(start: Date, end: Date): string {
  const first = start.getTime();
  // `end` is exclusive: the last day is the one its last millisecond falls on
  const last = end.getTime() - 1;
  const year = { year: 'numeric' } as const;
  if (date(first, year) !== date(last, year))
    return `${date(first, { day: 'numeric', month: 'short', ...year })} – ${date(last, { day: 'numeric', month: 'short', ...year })}`;
  const month = { month: 'short', ...year } as const;
  if (date(first, month) !== date(last, month))
    return `${date(first, { day: 'numeric', month: 'short' })} – ${date(last, { day: 'numeric', ...month })}`;
  if (date(first, { day: 'numeric' }) === date(last, { day: 'numeric' })) return date(first, { day: 'numeric', ...month });
  return `${date(first, { day: 'numeric' })}–${date(last, { day: 'numeric', ...month })}`;
}

/** An interval's column head: what it covers and, under it, a note on its length. */
export interface IntervalHead {
  name: string;
  note: string | null;
}

/**
 * What an interval of the metrics report really covers, as its column is headed: `name` is the month ("Jan 2026") for
 * a whole calendar month and its days otherwise ("1–15 Jan 2026", "31 Jan – 27 Feb 2026"); `note` says how many days
 * an interval that is not a whole month has, and "so far" when it is still running at `asOf` (the report's time).
 */
export function intervalLabel({ start, end, days }: MetricsReportInterval, asOf: string): IntervalHead {
  const from = new Date(start);
  const until = new Date(end);
  const now = Date.parse(asOf);
  if (from.getTime() >= now) return { name: dayRange(from, until), note: 'not begun yet' };
  if (until.getTime() >= now) {
    const seen = (now - from.getTime()) / DAY_MS;
    return { name: dayRange(from, new Date(now)), note: `${dayCount(Number(seen.toFixed(1)))} so far` };
  }
  if (wholeMonth(from, until)) return { name: date(from.getTime(), { month: 'short', year: 'numeric' }), note: null };
  return { name: dayRange(from, until), note: dayCount(days) };
}
