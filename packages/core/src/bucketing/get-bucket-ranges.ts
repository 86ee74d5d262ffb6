import { getEqualWeights } from './get-equal-weights.ts';

/** The slice [start, end) of the hash space that buckets a user into one variation. */
export type BucketRange = [start: number, end: number];

/**
 * GrowthBook's variation ranges: variation i owns the first `coverage` share of its weight's slice, so shrinking
 * coverage never moves a user to another variation. Coverage is clamped to [0, 1]; weights of the wrong length or
 * not summing to 1 (±0.01) fall back to equal weights.
 */
export function getBucketRanges(numVariations: number, coverage = 1, weights?: number[] | null): BucketRange[] {
  coverage = Math.min(1, Math.max(0, coverage));
  const equal = getEqualWeights(numVariations);
  weights = weights || equal;
  if (weights.length !== numVariations) weights = equal;
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  // Written as two comparisons, not a range check, so a NaN total keeps the weights exactly as GrowthBook does.
  if (total < 0.99 || total > 1.01) weights = equal;
  let cumulative = 0;
  return weights.map((weight) => {
    const start = cumulative;
    cumulative += weight;
    return [start, start + coverage * weight];
  });
}
