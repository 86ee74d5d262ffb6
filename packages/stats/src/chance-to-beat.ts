import type { ConversionCounts } from './conversion-counts.ts';
import { logBeta } from './log-gamma.ts';

// P(p_variant > p_control) for independent Beta posteriors under a Beta(1, 1) prior, by the exact
// finite sum for integer parameters (Evan Miller, "Formulas for Bayesian A/B Testing", 2014):
//   P(B > A) = Σ_{i=0}^{α_B−1} B(α_A + i, β_A + β_B) / ((β_B + i) · B(1 + i, β_B) · B(α_A, β_A)).
// Consecutive terms differ by the rational factor (α_A + i)(β_B + i) / ((α_A + β_A + β_B + i)(1 + i)),
// so the sum runs in log space with one log-gamma evaluation in total; deterministic, no sampling.

interface Posterior {
  alpha: number;
  beta: number;
}

function posterior(counts: ConversionCounts): Posterior {
  const converted = Math.max(0, Math.min(counts.converted, counts.exposed));
  return { alpha: 1 + converted, beta: 1 + counts.exposed - converted };
}

function probabilitySecondBeatsFirst(a: Posterior, b: Posterior): number {
  // First term (i = 0): β_B · B(1, β_B) = 1, so it reduces to B(α_A, β_A + β_B) / B(α_A, β_A).
  let logTerm = logBeta(a.alpha, a.beta + b.beta) - logBeta(a.alpha, a.beta);
  let largest = logTerm;
  let scaledSum = 1;
  for (let i = 1; i < b.alpha; i++) {
    logTerm += Math.log(((a.alpha + i - 1) * (b.beta + i - 1)) / ((a.alpha + a.beta + b.beta + i - 1) * i));
    if (logTerm > largest) {
      scaledSum = scaledSum * Math.exp(largest - logTerm) + 1;
      largest = logTerm;
    } else {
      scaledSum += Math.exp(logTerm - largest);
    }
  }
  return Math.min(1, Math.max(0, Math.exp(largest) * scaledSum));
}

/** Posterior probability that the variant's true conversion rate exceeds the control's. */
export function chanceToBeatControl(control: ConversionCounts, variant: ConversionCounts): number {
  const a = posterior(control);
  const b = posterior(variant);
  // The sum has α_B terms; P(B > A) = 1 − P(A > B) lets it run over the smaller α.
  return b.alpha <= a.alpha ? probabilitySecondBeatsFirst(a, b) : 1 - probabilitySecondBeatsFirst(b, a);
}
