const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A median time between funnel steps in the unit a person reads it in ("45 s", "12 min", "3.5 h", "2.1 days"); "—" for none. */
export function duration(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < MINUTE) return `${Math.round(ms / 1000)} s`;
  if (ms < HOUR) return `${Math.round(ms / MINUTE)} min`;
  if (ms < DAY) return `${(ms / HOUR).toFixed(1)} h`;
  return `${(ms / DAY).toFixed(1)} days`;
}
