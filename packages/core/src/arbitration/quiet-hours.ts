import type { PublicSettings } from '../config.ts';

const MINUTE = 60_000;
const DAY_MINUTES = 1440;
const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));
export const formatClock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Minutes since local midnight at `at` in the IANA `timeZone` — the user's zone, not the machine's. */
export function localMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: 'numeric', minute: 'numeric' }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type == type)!.value);
  return part('hour') * 60 + part('minute');
}

/**
 * When quiet hours end, if `now` is inside them in `timeZone`; undefined outside. The window includes `start` and
 * excludes `end`, spans midnight when `start` > `end`, and is empty when they are equal.
 */
export function quietUntil(quiet: NonNullable<PublicSettings['quietHours']>, now: Date, timeZone: string): Date | undefined {
  const at = localMinutes(now, timeZone);
  const [start, end] = [minutes(quiet.start), minutes(quiet.end)];
  if (start <= end ? at < start || at >= end : at < start && at >= end) return;
  // Walk the wall clock to `end`, then correct once for a daylight-saving shift on the way.
  const until = now.getTime() - (now.getTime() % MINUTE) + ((end - at + DAY_MINUTES) % DAY_MINUTES) * MINUTE;
  const drift = ((end - localMinutes(new Date(until), timeZone) + DAY_MINUTES * 1.5) % DAY_MINUTES) - DAY_MINUTES / 2;
  return new Date(until + drift * MINUTE);
}
