/** A point estimate with its interval. */
export interface Interval {
  estimate: number;
  low: number;
  high: number;
}
