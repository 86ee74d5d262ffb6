import type { Counters, EventCounter } from './counter-schema.ts';

const DAY = 86_400_000;
/** how many UTC days of daily counts a counter keeps */
export const COUNTER_DAYS = 30;

const dayIndex = (ms: number) => Math.floor(ms / DAY);

/**
 * Counts one `name` event at `at` (ISO). Returns new counters; the given ones are not changed. Events may arrive out of
 * order (the collector replays stored events): first and last are kept by time, and only the 30 UTC days up to the
 * latest event keep a daily count. A timestamp that does not parse leaves the counters as they were.
 */
export function recordEvent(counters: Counters, name: string, at: string): Counters {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) return counters;
  // own keys only: an event named `constructor` or `toString` is no counter inherited from Object
  const old = Object.hasOwn(counters, name) ? (counters[name] as EventCounter) : undefined;
  const iso = new Date(ms).toISOString();
  const last = old && Date.parse(old.last) >= ms ? old.last : iso;
  const key = iso.slice(0, 10);
  const floor = dayIndex(Date.parse(last)) - COUNTER_DAYS;
  const days: Record<string, number> = {};
  for (const [day, n] of Object.entries({ ...old?.days, [key]: (old?.days[key] ?? 0) + 1 }))
    if (dayIndex(Date.parse(day)) > floor) days[day] = n;
  return {
    ...counters,
    [name]: { total: (old?.total ?? 0) + 1, first: old && Date.parse(old.first) <= ms ? old.first : iso, last, days },
  };
}

/** Events on the UTC days that are `from` to `to - 1` days before `now`'s day (0 = today). */
export function countDays(counter: EventCounter | undefined, now: Date, from: number, to: number): number {
  const today = dayIndex(now.getTime());
  let sum = 0;
  for (const day in counter?.days) {
    // a day after `now` (a device clock ahead) counts as today
    const age = Math.max(0, today - dayIndex(Date.parse(day)));
    if (age >= from && age < to) sum += counter!.days[day];
  }
  return sum;
}

/** What conditions see as `counters.<event>`; `last7` = today and the six UTC days before it. */
export function summarizeCounter(counter: EventCounter | undefined, now: Date) {
  return {
    total: counter?.total ?? 0,
    last7: countDays(counter, now, 0, 7),
    last14: countDays(counter, now, 0, 14),
    last30: countDays(counter, now, 0, 30),
    first: counter?.first,
    last: counter?.last,
  };
}

export type CounterSummary = ReturnType<typeof summarizeCounter>;
