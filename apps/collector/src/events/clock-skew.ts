import type { GrowthEvent } from '@growthkit/core';

/** A sender's clock this close to the collector's is trusted as it is: the times stay exactly as the device saw them. */
const TOLERANCE_MS = 60_000;

/**
 * How far the sender's clock is behind the collector's (ms; negative when ahead), from the batch's `sentAt` (the
 * sender's clock when the batch left) and the collector's clock when it arrived. 0 without `sentAt` (a server sends
 * true times) or within TOLERANCE_MS. A device whose clock runs days fast or slow has every time moved by as much:
 * its events keep their order and spacing, instead of being rejected as from the future or counted in the wrong week.
 */
export function clockSkew(sentAt: string | undefined, now: number): number {
  if (sentAt === undefined) return 0;
  const skew = now - Date.parse(sentAt);
  return Math.abs(skew) > TOLERANCE_MS ? skew : 0;
}

/** The event with its time on the collector's clock. */
export function onCollectorClock(event: GrowthEvent, skew: number): GrowthEvent {
  if (skew === 0) return event;
  return { ...event, ts: new Date(Date.parse(event.ts) + skew).toISOString() };
}
