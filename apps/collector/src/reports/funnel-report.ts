import type { FunnelReportStep } from '@growthkit/core';
import type { FunnelTally } from '../store/store.ts';
import { reportRatio } from './report-ratio.ts';

/** The middle of sorted values, the mean of the two middle ones for an even count, rounded to whole milliseconds; null for none. */
function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return Math.round(sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2);
}

/**
 * A funnel's steps (each named, with the event it counts) from its counts: the people reaching each step, the share of
 * the step before and of the first step that reached it, and the median time (milliseconds) from the step before.
 */
export function funnelSteps(steps: readonly { step: string; event: string }[], tally: FunnelTally): FunnelReportStep[] {
  const first = tally.steps[0]?.people ?? 0;
  return tally.steps.map(({ people, gapsMs }, k) => ({
    ...steps[k]!,
    people,
    fromPrevious: k === 0 ? null : reportRatio(people, tally.steps[k - 1]!.people),
    fromFirst: reportRatio(people, first),
    medianMsFromPrevious: median(gapsMs),
  }));
}
