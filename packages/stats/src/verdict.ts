import type { Interval } from './interval.ts';

/** What a PM may conclude about one variant against the control. */
export type Verdict = 'insufficient-data' | 'invalid-split' | 'winner' | 'loser' | 'inconclusive';

export interface VerdictInput {
  enoughData: boolean;
  /** The sample-ratio check flagged the split: assignment or tracking is broken, so no comparison can be trusted. */
  splitMismatch: boolean;
  /** The always-valid p-value adjusted for the number of comparisons: the fixed-horizon one is not safe to read every day. */
  adjustedAlwaysValidPValue: number;
  /** The always-valid interval of the difference (variant − control) at the same level: its side of 0 is the direction. */
  interval: Interval;
  alpha: number;
}

export function verdict(input: VerdictInput): Verdict {
  if (input.splitMismatch) return 'invalid-split';
  if (!input.enoughData) return 'insufficient-data';
  if (input.adjustedAlwaysValidPValue >= input.alpha) return 'inconclusive';
  if (input.interval.low > 0) return 'winner';
  if (input.interval.high < 0) return 'loser';
  // only when the data moved so far that the carried intervals no longer overlap: the estimate's side
  if (input.interval.estimate === 0) return 'inconclusive';
  return input.interval.estimate > 0 ? 'winner' : 'loser';
}
