import type { UsageMeter } from './usage-meter-schema.ts';

/**
 * What conditions see as `usage.<metric>`: the meter and, when it has a limit, `ratio` = used / limit. Without a limit
 * `ratio` is absent, not undefined, so a condition reads it as GrowthBook's null.
 */
export function usageReading({ used, limit }: UsageMeter) {
  if (limit > 0) return { used, limit, ratio: used / limit };
  return { used, limit };
}
