/** What a PM may conclude about one variant against the control. */
export type Verdict = 'insufficient-data' | 'winner' | 'loser' | 'inconclusive';

export interface VerdictInput {
  enoughData: boolean;
  /** The always-valid p-value: the fixed-horizon one is not safe to read every day. */
  alwaysValidPValue: number;
  /** variant rate − control rate */
  difference: number;
  alpha: number;
}

export function verdict(input: VerdictInput): Verdict {
  if (!input.enoughData) return 'insufficient-data';
  if (input.alwaysValidPValue >= input.alpha || input.difference === 0) return 'inconclusive';
  return input.difference > 0 ? 'winner' : 'loser';
}
