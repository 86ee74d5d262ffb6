import type { Campaign, Experiment } from '@growthkit/core';
import type { Store } from '../store/store.ts';
import { experimentResults } from './experiment-results.ts';

const DAY = 86_400_000;
/** At most this many points, so a long experiment costs a bounded number of tallies; longer ones step several days. */
const MAX_POINTS = 90;

/**
 * The results as they stood at the end of each UTC day from the first exposure to `now` (the last point is `now`
 * itself): cumulative exposed and converted people and the always-valid p-value per arm. Each point is the same tally
 * as the results, counted up to that instant.
 */
export async function experimentSeries(
  store: Store,
  projectId: string,
  campaign: Campaign,
  experiment: Experiment,
  firstMs: number | null,
  now: number,
) {
  if (firstMs === null) return [];
  const firstDayEnd = Math.floor(firstMs / DAY) * DAY + DAY;
  const days = Math.max(1, Math.ceil((now - firstDayEnd) / DAY) + 1);
  const step = Math.ceil(days / MAX_POINTS);
  const ends: number[] = [];
  for (let end = firstDayEnd; end < now; end += step * DAY) ends.push(end);
  ends.push(now);
  const points = [];
  for (const until of ends) {
    const tally = await store.experimentTally(projectId, {
      experiment: experiment.key,
      goal: experiment.goal.event,
      windowDays: experiment.goal.windowDays,
      until,
    });
    const results = experimentResults(campaign, experiment, tally);
    points.push({
      at: new Date(until).toISOString(),
      variants: results.variants.map(({ key, exposed, converted, alwaysValidPValue }) => ({ key, exposed, converted, alwaysValidPValue })),
    });
  }
  return points;
}
