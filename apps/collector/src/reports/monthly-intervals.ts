import type { MetricsInterval } from '../store/store.ts';

/**
 * `from` moved on `months` calendar months (UTC), at the same day of the month and time of day, or on the month's last
 * day when it is shorter: from 31 January, 28 February and then 31 March (Date's own overflow would give 3 March and
 * skip February).
 */
function monthsAfter(from: Date, months: number): Date {
  const year = from.getUTCFullYear();
  const month = from.getUTCMonth() + months;
  // day 0 of the month after is this month's last day
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(from.getUTCDate(), lastDay);
  return new Date(Date.UTC(year, month, day, from.getUTCHours(), from.getUTCMinutes(), from.getUTCSeconds(), from.getUTCMilliseconds()));
}

/** The report's intervals: from `from`, one calendar month (UTC) each, the last one ending at `to`. */
export function monthlyIntervals(from: Date, to: Date): MetricsInterval[] {
  const intervals: MetricsInterval[] = [];
  for (let month = 0; ; month++) {
    const start = monthsAfter(from, month);
    if (start >= to) return intervals;
    const end = monthsAfter(from, month + 1);
    intervals.push({ start, end: end < to ? end : to });
  }
}
