import { normalQuantile } from './normal.ts';

export interface SampleSizeInput {
  /** Current conversion rate of the control, 0 < rate < 1. */
  baselineRate: number;
  /** Smallest relative lift worth detecting: 0.1 means the variant converts 10 % better (or worse). */
  minimumDetectableEffect: number;
  /** Two-sided significance level; 0.05 by default. */
  alpha?: number;
  /** Probability of detecting the effect when it is real; 0.8 by default. */
  power?: number;
}

export interface SampleSize {
  /** Users needed in each arm (control included), rounded up. */
  usersPerVariant: number;
  /** The unrounded value of the formula, as R's power.prop.test reports it. */
  exact: number;
}

/**
 * Users per arm for a two-sided two-proportion z-test, the normal-approximation formula without
 * continuity correction (Fleiss, Levin & Paik, "Statistical Methods for Rates and Proportions",
 * 3rd ed., ch. 4; the same formula R's power.prop.test solves):
 *   n = (z_{1−α/2} √(2 p̄ q̄) + z_{power} √(p₁q₁ + p₂q₂))² / (p₂ − p₁)²,  p̄ = (p₁ + p₂) / 2.
 * Throws a RangeError for inputs no experiment can have (rates outside (0, 1), zero effect).
 */
export function sampleSize(input: SampleSizeInput): SampleSize {
  const { baselineRate, minimumDetectableEffect } = input;
  const alpha = input.alpha ?? 0.05;
  const power = input.power ?? 0.8;
  const p1 = baselineRate;
  const p2 = baselineRate * (1 + minimumDetectableEffect);
  if (!(p1 > 0 && p1 < 1)) throw new RangeError('baselineRate must be between 0 and 1 (exclusive)');
  if (!(p2 > 0 && p2 < 1) || minimumDetectableEffect === 0) {
    throw new RangeError('minimumDetectableEffect must be non-zero and keep the variant rate between 0 and 1');
  }
  if (!(alpha > 0 && alpha < 1) || !(power > 0 && power < 1)) {
    throw new RangeError('alpha and power must be between 0 and 1 (exclusive)');
  }
  const meanRate = (p1 + p2) / 2;
  const numerator =
    normalQuantile(1 - alpha / 2) * Math.sqrt(2 * meanRate * (1 - meanRate)) +
    normalQuantile(power) * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
  const exact = (numerator * numerator) / ((p2 - p1) * (p2 - p1));
  return { usersPerVariant: Math.ceil(exact), exact };
}
