import type { PublicSettings } from '../config.ts';
import type { Reason } from './reason.ts';

type QuietHours = NonNullable<PublicSettings['quietHours']>;

const MINUTE = 60_000;
const DAY_MINUTES = 1440;
const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));
// one formatter per zone: building them is the slow part of Intl
const formats = new Map<string, Intl.DateTimeFormat>();

/** Minutes since local midnight at `at` in the IANA `timeZone` — the user's zone, not the machine's. */
export function localMinutes(at: Date, timeZone: string): number {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: 'numeric', minute: 'numeric' });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return part('hour') * 60 + part('minute');
}

/** Whether local minute `at` is inside quiet hours: from `start`, excluding `end`, across midnight when `start` > `end`. */
function isQuiet(quiet: QuietHours, at: number): boolean {
  const [start, end] = [minutes(quiet.start), minutes(quiet.end)];
  return start <= end ? at >= start && at < end : at >= start || at < end;
}

/** The user's zone, or UTC when Intl does not know it: an unknown zone counts as UTC. */
function knownZone(timeZone: string, now: Date): string {
  try {
    localMinutes(now, timeZone);
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/**
 * When quiet hours end, if `now` is inside them in `timeZone`; undefined outside. The window includes `start` and
 * excludes `end`, spans midnight when `start` > `end`, and is empty when they are equal.
 */
export function quietUntil(quiet: QuietHours, now: Date, timeZone: string): Date | undefined {
  const at = localMinutes(now, timeZone);
  if (!isQuiet(quiet, at)) return;
  const end = minutes(quiet.end);
  // Walk the wall clock to `end`, then correct once for a daylight-saving shift on the way.
  const until = now.getTime() - (now.getTime() % MINUTE) + ((end - at + DAY_MINUTES) % DAY_MINUTES) * MINUTE;
  const drift = ((end - localMinutes(new Date(until), timeZone) + DAY_MINUTES * 1.5) % DAY_MINUTES) - DAY_MINUTES / 2;
  return new Date(until + drift * MINUTE);
}

/**
 * Why no interruptive prompt may show now: `now` falls in the project's quiet hours in the user's zone (an unknown zone
 * counts as UTC), with the local time and when they end; undefined outside them, or when the project has none.
 */
export function checkQuietHours(quiet: QuietHours | undefined, now: Date, timeZone: string): Reason | undefined {
  if (!quiet) return;
  const zone = knownZone(timeZone, now);
  const until = quietUntil(quiet, now, zone);
  if (until) return { code: 'quiet-hours', minutes: localMinutes(now, zone), timeZone: zone, ...quiet, until: until.toISOString() };
}
