import type { Interval } from './interval.ts';

/**
 * What one comparison reported at an earlier look (a day of the series) that had the minimum sample: carried into
 * the next look so the p-value is the running minimum and the interval the running intersection, as always-valid
 * inference defines them (Johari et al.): a verdict once reached never vanishes, and the interval shown never
 * contradicts it.
 */
export interface EarlierLook {
  alwaysValidPValue: number;
  alwaysValidInterval: Interval;
}

/** The running intersection of confidence sequences; today's when they no longer overlap (the data moved). */
export function intersect(today: Interval, earlier: Interval | undefined): Interval {
  if (!earlier) return today;
  const low = Math.max(today.low, earlier.low);
  const high = Math.min(today.high, earlier.high);
  if (low > high) return today;
  return { estimate: today.estimate, low, high };
}
