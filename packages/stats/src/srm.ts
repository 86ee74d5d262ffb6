import { chiSquareSurvival } from './chi-square.ts';

/** Below this p-value the observed split is flagged as a sample-ratio mismatch. */
export const SRM_THRESHOLD = 0.001;

export interface SampleRatioMismatch {
  chiSquare: number;
  degreesOfFreedom: number;
  pValue: number;
  flagged: boolean;
}

/**
 * Pearson chi-square goodness-of-fit of the exposed counts per arm against the configured weights
 * (any positive scale: [50, 50], [1, 1] and [0.5, 0.5] mean the same). An arm with weight 0 that
 * still received users is a mismatch by definition (p = 0).
 */
export function sampleRatioMismatch(
  observed: readonly number[],
  weights: readonly number[],
  threshold = SRM_THRESHOLD,
): SampleRatioMismatch {
  const total = observed.reduce((sum, count) => sum + count, 0);
  const totalWeight = weights.reduce((sum, weight) => sum + Math.max(0, weight), 0);
  let chiSquare = 0;
  let cells = 0;
  for (let i = 0; i < observed.length; i++) {
    const expected = totalWeight > 0 ? (total * Math.max(0, weights[i] ?? 0)) / totalWeight : 0;
    const count = observed[i] ?? 0;
    if (expected > 0) {
      chiSquare += ((count - expected) * (count - expected)) / expected;
      cells++;
    } else if (count > 0) {
      chiSquare = Infinity;
    }
  }
  const degreesOfFreedom = Math.max(cells - 1, 0);
  let pValue = 1;
  if (chiSquare === Infinity) pValue = 0;
  else if (degreesOfFreedom > 0 && total > 0) pValue = chiSquareSurvival(chiSquare, degreesOfFreedom);
  return { chiSquare, degreesOfFreedom, pValue, flagged: pValue < threshold };
}
