import { normalQuantile } from '@growthkit/stats';

/**
 * The Wilson score interval of a conversion rate (converted of exposed): unlike the textbook ± interval it stays
 * within 0–100 % and is not empty at 0 or all conversions, which small arms of a young experiment often show.
 */
export function rateInterval(converted: number, exposed: number, confidence = 0.95): { low: number; high: number } | null {
  if (exposed === 0) return null;
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = converted / exposed;
  const z2n = (z * z) / exposed;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / exposed + z2n / (4 * exposed));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
