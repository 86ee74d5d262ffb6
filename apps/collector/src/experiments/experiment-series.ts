import type { Campaign, Experiment } from '@growthkit/core';
import type { EarlierLooks } from '@growthkit/stats';
import type { ExperimentTally } from '../store/store.ts';
import { carriedLooks } from './carried-looks.ts';
import { experimentResults, type ExperimentResults } from './experiment-results.ts';
import { tallyUntil } from './tally-until.ts';

const DAY = 86_400_000;
/** At most this many points (looks), so a long experiment costs a bounded number of analyses; longer ones step several days. */
const MAX_POINTS = 90;

const point = (at: number, results: ExperimentResults) => ({
  at: new Date(at).toISOString(),
  variants: results.variants.map(({ key, exposed, converted, alwaysValidPValue, adjustedAlwaysValidPValue }) => ({
    key,
    exposed,
    converted,
    alwaysValidPValue,
    adjustedAlwaysValidPValue,
  })),
});

/**
 * The results now, and as they stood at the end of each UTC day (from the tally's counts per day: no further tally) from the first exposure (the last point is now):
 * cumulative exposed and converted people and the always-valid p-values per arm. Each day is a look: its p-values and
 * intervals are carried into the next (running minimum, running intersection), so today's verdict is the one the
 * series leads to and never vanishes the day after. Each point is the same tally as the results, counted up to then.
 */
export function experimentSeries(campaign: Campaign, experiment: Experiment, tally: ExperimentTally, now: number) {
  const firstMs = tally.firstExposureMs;
  if (firstMs === null) return { results: experimentResults(campaign, experiment, tally, { now }), series: [] };
  const firstDayEnd = Math.floor(firstMs / DAY) * DAY + DAY;
  const days = Math.max(1, Math.ceil((now - firstDayEnd) / DAY) + 1);
  const step = Math.ceil(days / MAX_POINTS);
  const points = [];
  let earlierLooks: EarlierLooks = {};
  for (let until = firstDayEnd; until < now; until += step * DAY) {
    const dayTally = tallyUntil(tally, until);
    const day = experimentResults(campaign, experiment, dayTally, { now: until, earlierLooks });
    points.push(point(until, day));
    earlierLooks = carriedLooks(day, earlierLooks);
  }
  const results = experimentResults(campaign, experiment, tally, { now, earlierLooks });
  points.push(point(now, results));
  return { results, series: points };
}
