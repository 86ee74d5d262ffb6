/** What a PM may conclude about one variant against the control. */
export type Verdict = 'insufficient-data' | 'invalid-split' | 'winner' | 'loser' | 'inconclusive';

export interface VerdictInput {
  enoughData: boolean;
  /** The sample-ratio check flagged the split: assignment or tracking is broken, so no comparison can be trusted. */
  splitMismatch: boolean;
  /** The always-valid p-value: the fixed-horizon one is not safe to read every day. */
  alwaysValidPValue: number;
  /** variant rate − control rate */
  difference: number;
  alpha: number;
}

export function verdict(input: VerdictInput): Verdict {
  if (input.splitMismatch) return 'invalid-split';
  if (!input.enoughData) return 'insufficient-data';
  if (input.alwaysValidPValue >= input.alpha || input.difference === 0) return 'inconclusive';
  return input.difference > 0 ? 'winner' : 'loser';
}
