import type { BucketRange } from './get-bucket-ranges.ts';

/** The index of the range holding hash value `n` (start inclusive, end exclusive), or -1 when none does. */
export function chooseVariation(n: number, ranges: BucketRange[]): number {
  return ranges.findIndex(([start, end]) => n >= start && n < end);
}
