/**
 * How often each event happened per calendar day in the user's time zone ("2026-11-22"), for the last
 * VALUE_DAYS days, plus all-time totals. Value summaries compare the last 30 days with the 30 before, so the daily
 * event counters (30 UTC days) are not enough; the device keeps these beside them.
 */
export interface ValueCounts {
  days: Record<string, Record<string, number>>;
  totals: Record<string, number>;
}

/** two 30-day periods, plus a day either side for a device clock or time zone that moved */
export const VALUE_DAYS = 62;

const DAY = 86_400_000;
const formats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of `ms` in `timeZone` (default UTC) as "YYYY-MM-DD"; an unknown zone counts as UTC. */
export function dayKey(ms: number, timeZone = 'UTC'): string {
  let format = formats.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch {
      return dayKey(ms, 'UTC');
    }
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(ms).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The day `offset` days after the day `key` (negative: before). */
export const shiftDay = (key: string, offset: number) => new Date(Date.parse(key) + offset * DAY).toISOString().slice(0, 10);

/** Counts one `name` event at `at` (ISO). Returns new counts; days older than VALUE_DAYS before the latest day drop out. */
export function recordValueEvent(counts: ValueCounts, name: string, at: string, timeZone?: string): ValueCounts {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) return counts;
  const key = dayKey(ms, timeZone);
  // own keys only: an event named `constructor` or `toString` has no count inherited from Object
  const days = Object.hasOwn(counts.days, name) ? counts.days[name] : {};
  const total = Object.hasOwn(counts.totals, name) ? counts.totals[name] : 0;
  const byDay = { ...days, [key]: (days[key] ?? 0) + 1 };
  const latest = Object.keys(byDay).sort().pop()!;
  const floor = shiftDay(latest, -VALUE_DAYS);
  for (const day in byDay) if (day <= floor) delete byDay[day];
  return { days: { ...counts.days, [name]: byDay }, totals: { ...counts.totals, [name]: total + 1 } };
}

/** Value counts from a list of events, e.g. a user's stored events on the collector. */
export function countValueEvents(events: readonly { name: string; ts: string }[], timeZone?: string): ValueCounts {
  let counts: ValueCounts = { days: {}, totals: {} };
  for (const event of events) counts = recordValueEvent(counts, event.name, event.ts, timeZone);
  return counts;
}
