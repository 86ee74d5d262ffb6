import type { ConversionCounts } from './conversion-counts.ts';

/** The least data one comparison (a variant and the arm it is compared with) needs before a verdict. */
export interface MinimumSample {
  /** users in each of the two arms */
  exposedPerVariant: number;
  /** conversions of the two arms together */
  conversionsPerComparison: number;
}

// 100 users in each arm and 10 conversions in the pair: below that the normal approximations behind every interval
// here are poor and a single user moves a rate by a percentage point or more. Conversions count for the pair, not per
// arm: a variant that converts almost nobody never reaches 10 itself, and is exactly the one that must be stopped.
export const DEFAULT_MINIMUM_SAMPLE: MinimumSample = { exposedPerVariant: 100, conversionsPerComparison: 10 };

/** What a comparison still lacks: users in its smaller arm, or conversions of both arms together. */
export interface SampleShortfall {
  measure: 'users' | 'conversions';
  have: number;
  need: number;
}

/** The shortfall of one comparison (control and variant); null once the pair has enough. */
export function sampleShortfall(
  control: ConversionCounts,
  variant: ConversionCounts,
  minimum: MinimumSample = DEFAULT_MINIMUM_SAMPLE,
): SampleShortfall | null {
  const fewestExposed = Math.min(control.exposed, variant.exposed);
  if (fewestExposed < minimum.exposedPerVariant) {
    return { measure: 'users', have: fewestExposed, need: minimum.exposedPerVariant };
  }
  const conversions = control.converted + variant.converted;
  if (conversions < minimum.conversionsPerComparison) {
    return { measure: 'conversions', have: conversions, need: minimum.conversionsPerComparison };
  }
  return null;
}
