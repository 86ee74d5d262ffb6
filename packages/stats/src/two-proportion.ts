import { conversionRate, type ConversionCounts } from './conversion-counts.ts';
import type { Interval } from './interval.ts';
import { normalQuantile, normalTwoSidedPValue } from './normal.ts';

export interface TwoProportionComparison {
  controlRate: number;
  variantRate: number;
  /** variant rate − control rate; Wald interval with unpooled variance, clipped to [−1, 1] (as R's prop.test). */
  absoluteLift: Interval;
  /**
   * variant rate / control rate − 1; null when either rate is 0 (the ratio or its log is undefined).
   * Interval by the delta method on the log of the rate ratio (Katz et al. 1978): it is closed-form,
   * never crosses −100 %, follows the skew of a ratio, and unlike Fieller's interval it is always a
   * finite interval (Fieller's is unbounded whenever the control rate is not clearly above 0).
   */
  relativeLift: Interval | null;
  /** Pooled two-proportion z statistic (its square is prop.test's X-squared without continuity correction). */
  zScore: number;
  /** Two-sided p-value of the pooled z-test; 1 when the data carry no information (no exposure, or all rates 0 or 1). */
  pValue: number;
}

const NO_INFORMATION: Interval = { estimate: 0, low: -1, high: 1 };

/** Fixed-horizon comparison of a variant's conversion rate with the control's. */
export function compareProportions(control: ConversionCounts, variant: ConversionCounts, confidence = 0.95): TwoProportionComparison {
  const controlRate = conversionRate(control);
  const variantRate = conversionRate(variant);
  if (control.exposed === 0 || variant.exposed === 0) {
    return {
      controlRate,
      variantRate,
      absoluteLift: { ...NO_INFORMATION, estimate: variantRate - controlRate },
      relativeLift: null,
      zScore: 0,
      pValue: 1,
    };
  }
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const difference = variantRate - controlRate;
  const standardError = Math.sqrt(
    (controlRate * (1 - controlRate)) / control.exposed + (variantRate * (1 - variantRate)) / variant.exposed,
  );
  const absoluteLift = {
    estimate: difference,
    low: Math.max(difference - z * standardError, -1),
    high: Math.min(difference + z * standardError, 1),
  };

  let relativeLift: Interval | null = null;
  if (controlRate > 0 && variantRate > 0) {
    const logRatio = Math.log(variantRate / controlRate);
    const logStandardError = Math.sqrt(logRatioVariance(control) + logRatioVariance(variant));
    relativeLift = {
      estimate: Math.exp(logRatio) - 1,
      low: Math.exp(logRatio - z * logStandardError) - 1,
      high: Math.exp(logRatio + z * logStandardError) - 1,
    };
  }

  const pooledRate = (control.converted + variant.converted) / (control.exposed + variant.exposed);
  const pooledStandardError = Math.sqrt(pooledRate * (1 - pooledRate) * (1 / control.exposed + 1 / variant.exposed));
  const zScore = pooledStandardError > 0 ? difference / pooledStandardError : 0;
  return { controlRate, variantRate, absoluteLift, relativeLift, zScore, pValue: normalTwoSidedPValue(zScore) };
}

/**
 * One arm's share of the Katz variance of the log rate ratio, (1 − p) / x. At 100 % conversion it is 0 and the
 * interval would claim certainty, so an arm with no failures gets the usual 0.5 added to successes and failures.
 */
function logRatioVariance(counts: ConversionCounts): number {
  if (counts.converted < counts.exposed) return 1 / counts.converted - 1 / counts.exposed;
  return 1 / (counts.converted + 0.5) - 1 / (counts.exposed + 1);
}
