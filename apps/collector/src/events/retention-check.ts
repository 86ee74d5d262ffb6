import type { EventCheck } from '@growthkit/core';

const DAY_MS = 86_400_000;

/**
 * With a retention period, an event whose `ts` is older than it is refused: its month may already be dropped, and
 * storing it again from a late resend would bring back data the retention removed (and, its id forgotten, twice).
 */
export function retentionCheck(retentionDays: number | undefined, now: number): EventCheck {
  if (retentionDays === undefined) return () => undefined;
  const horizon = now - retentionDays * DAY_MS;
  return ({ ts }) =>
    Date.parse(ts) < horizon
      ? {
          field: 'ts',
          message: `is older than this collector's ${retentionDays}-day retention (events from before ${new Date(horizon).toISOString()} are not stored)`,
        }
      : undefined;
}
