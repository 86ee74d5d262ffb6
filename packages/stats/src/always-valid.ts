import { conversionRate, type ConversionCounts } from './conversion-counts.ts';
import type { Interval } from './interval.ts';

// Mixture sequential probability ratio test (mSPRT) for the difference of two proportions, as in
// Johari, Koomen, Pekelis & Walsh, "Always Valid Inference: Continuous Monitoring of A/B Tests"
// (Operations Research 70(3), 2022; the method behind Optimizely's Stats Engine). With the
// difference estimate θ̂ and its variance V, and a normal mixture θ ~ N(0, τ²) over alternatives,
//   Λ = sqrt(V / (V + τ²)) · exp(τ² θ̂² / (2 V (V + τ²))),
// and P(Λ ever exceeds 1/α | θ = 0) ≤ α (Ville's inequality), so p = min(1, 1/Λ) may be read at
// every look without inflating false positives.

/**
 * Default mixing variance τ²: alternatives spread with a standard deviation of 1 percentage point
 * of absolute conversion rate, the scale of effects product prompts usually move (a 10–30 % lift
 * on a 3–10 % baseline). Smaller τ² favours detecting small effects late, larger τ² large effects early.
 */
export const DEFAULT_MIXING_VARIANCE = 1e-4;

export interface AlwaysValidOptions {
  /** Mixing variance τ² of the normal mixture over the absolute difference in rates. */
  mixingVariance?: number;
  /** Error rate of the confidence sequence (0.05 → a 95 % confidence sequence). */
  alpha?: number;
}

export interface AlwaysValidResult {
  /** Always-valid p-value for "variant rate = control rate". */
  pValue: number;
  /** Confidence sequence for variant rate − control rate: covers the truth at every look at once with probability 1 − α. */
  interval: Interval;
}

/** One look: the always-valid p-value and confidence sequence from the cumulative counts so far. */
export function alwaysValidTest(control: ConversionCounts, variant: ConversionCounts, options: AlwaysValidOptions = {}): AlwaysValidResult {
  const tau2 = options.mixingVariance ?? DEFAULT_MIXING_VARIANCE;
  const alpha = options.alpha ?? 0.05;
  const controlRate = conversionRate(control);
  const variantRate = conversionRate(variant);
  const difference = variantRate - controlRate;
  if (control.exposed === 0 || variant.exposed === 0) {
    return { pValue: 1, interval: { estimate: difference, low: -1, high: 1 } };
  }
  // One variance for the p-value and the interval, so p < α exactly when the interval leaves out 0 (the interval is
  // the set of differences the test would not reject) and the two can never contradict. It is the unpooled variance
  // of rates with one success and one failure added per arm (Agresti & Caffo 2000), which is never 0: at 0 % or
  // 100 % conversion the interval keeps a width instead of claiming certainty.
  const variance = adjustedVariance(control) + adjustedVariance(variant);
  const pValue = Math.min(1, Math.exp(-logMixtureLikelihoodRatio(difference, variance, tau2)));
  const halfWidth = Math.sqrt(((variance * (variance + tau2)) / tau2) * (2 * Math.log(1 / alpha) + Math.log((variance + tau2) / variance)));
  return {
    pValue,
    interval: {
      estimate: difference,
      low: Math.max(difference - halfWidth, -1),
      high: Math.min(difference + halfWidth, 1),
    },
  };
}

function adjustedVariance(counts: ConversionCounts): number {
  const rate = (counts.converted + 1) / (counts.exposed + 2);
  return (rate * (1 - rate)) / counts.exposed;
}

function logMixtureLikelihoodRatio(difference: number, variance: number, tau2: number): number {
  return 0.5 * Math.log(variance / (variance + tau2)) + (tau2 * difference * difference) / (2 * variance * (variance + tau2));
}

export interface Look {
  control: ConversionCounts;
  variant: ConversionCounts;
}

/**
 * A series of looks at cumulative counts. Each p-value is the running minimum of 1/Λ over the looks
 * so far (the definition in Johari et al.), so it never rises when the results are recomputed: once
 * significant, always significant. Intervals are each look's own confidence sequence, which hold at
 * all looks simultaneously.
 */
export function alwaysValidSequence(looks: readonly Look[], options: AlwaysValidOptions = {}): AlwaysValidResult[] {
  let runningMinimum = 1;
  return looks.map((look) => {
    const result = alwaysValidTest(look.control, look.variant, options);
    runningMinimum = Math.min(runningMinimum, result.pValue);
    return { ...result, pValue: runningMinimum };
  });
}
