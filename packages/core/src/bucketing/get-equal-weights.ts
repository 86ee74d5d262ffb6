/**
 * `n` equal weights summing to 1; none for n ≤ 0. GrowthBook throws (RangeError) for a fractional n; this returns
 * none instead because rules must never throw into a host page.
 */
export function getEqualWeights(n: number): number[] {
  return n > 0 && Number.isInteger(n) ? Array(n).fill(1 / n) : [];
}
