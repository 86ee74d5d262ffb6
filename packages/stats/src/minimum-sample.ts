import type { ConversionCounts } from './conversion-counts.ts';

/** The least data every arm needs before any verdict is given. */
export interface MinimumSample {
  exposedPerVariant: number;
  conversionsPerVariant: number;
}

// 100 users and 10 conversions per arm: below that the normal approximations behind every
// interval here are poor and a single user moves the rate by a percentage point or more.
export const DEFAULT_MINIMUM_SAMPLE: MinimumSample = { exposedPerVariant: 100, conversionsPerVariant: 10 };

/** What the arm furthest from the minimum still lacks; null once every arm has enough. */
export interface SampleShortfall {
  measure: 'users' | 'conversions';
  have: number;
  need: number;
}

export function sampleShortfall(
  arms: readonly ConversionCounts[],
  minimum: MinimumSample = DEFAULT_MINIMUM_SAMPLE,
): SampleShortfall | null {
  if (arms.length === 0) return { measure: 'users', have: 0, need: minimum.exposedPerVariant };
  const fewestExposed = Math.min(...arms.map((arm) => arm.exposed));
  if (fewestExposed < minimum.exposedPerVariant) {
    return { measure: 'users', have: fewestExposed, need: minimum.exposedPerVariant };
  }
  const fewestConverted = Math.min(...arms.map((arm) => arm.converted));
  if (fewestConverted < minimum.conversionsPerVariant) {
    return { measure: 'conversions', have: fewestConverted, need: minimum.conversionsPerVariant };
  }
  return null;
}
