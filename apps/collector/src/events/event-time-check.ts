import type { EventCheck } from '@growthkit/core';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** How far ahead of the collector's clock an event may be: a device's clock may be off, not by days. */
const FUTURE_HOURS = 24;
/**
 * The earliest instant an event may have: PostgreSQL has no year 0 and fails the whole batch's insert on one. The schema
 * checks the year as written; this catches an offset or a sentAt correction that moves a time before it.
 */
const EARLIEST_MS = Date.parse('0001-01-01T00:00:00Z');

/**
 * The time window an event's `ts` must fall in, the collector's clock at `now` its reference:
 * - not before year 0001 (EARLIEST_MS), however it got there: a sender's clock centuries fast moves its times back as far;
 * - at most FUTURE_HOURS ahead: a time from the future (9999-01-01) would stay the latest forever, pinning a user's
 *   traits and topping every "latest" list;
 * - with a retention period, not older than it: its month may already be dropped, and storing it again from a late
 *   resend would bring back data the retention removed (and, its id forgotten, twice).
 */
export function eventTimeCheck(retentionDays: number | undefined, now: number): EventCheck {
  const ahead = now + FUTURE_HOURS * HOUR_MS;
  const horizon = retentionDays === undefined ? -Infinity : now - retentionDays * DAY_MS;
  return ({ ts }) => {
    const ms = Date.parse(ts);
    if (ms < EARLIEST_MS) {
      return {
        field: 'ts',
        message: "must be in year 0001 or later on this collector's clock (times move by as much as the batch's sentAt is off it)",
      };
    }
    if (ms > ahead) {
      return {
        field: 'ts',
        message: `is more than ${FUTURE_HOURS} hours ahead of this collector's clock (${new Date(now).toISOString()}): send the time the event happened`,
      };
    }
    if (ms < horizon) {
      return {
        field: 'ts',
        message: `is older than this collector's ${retentionDays}-day retention (events from before ${new Date(horizon).toISOString()} are not stored)`,
      };
    }
    return undefined;
  };
}
