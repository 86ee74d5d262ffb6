import { alwaysValidTest } from './always-valid.ts';
import { chanceToBeatControl } from './chance-to-beat.ts';
import type { Arm } from './conversion-counts.ts';
import type { Interval } from './interval.ts';
import { sampleShortfall, type MinimumSample, type SampleShortfall } from './minimum-sample.ts';
import { variantSummary } from './summary.ts';
import { compareProportions } from './two-proportion.ts';
import { verdict, type Verdict } from './verdict.ts';

/** One variant against the arm it is compared with (its comparator): every figure of the results row. */
export interface Comparison {
  /** Key of the arm this variant is compared with. */
  comparator: string;
  /**
   * Relative lift against the comparator with its interval (fractions: 0.31 = +31 %); null when a rate is 0.
   * Every figure here is null too when either arm has nobody exposed: there is nothing to compare.
   */
  lift: { relative: number; low: number; high: number } | null;
  /** Absolute difference in rates against the comparator with its interval. */
  absoluteLift: Interval | null;
  /** Fixed-horizon two-sided p-value (pooled z-test); valid only if read once at a planned sample size. */
  pValue: number | null;
  /** Always-valid p-value (mSPRT): safe to read at every look. */
  alwaysValidPValue: number | null;
  /** Confidence sequence for the absolute difference, valid at every look. */
  alwaysValidInterval: Interval | null;
  /** P(variant rate > comparator rate) under Beta(1, 1) priors. */
  chanceToBeatControl: number | null;
  /** What this comparison still lacks before a verdict; null once it has enough. */
  shortfall: SampleShortfall | null;
  verdict: Verdict;
  summary: string | null;
}

export interface ComparisonInput {
  comparator: Arm;
  /** How sentences name the comparator: "the holdout", or the control's key. */
  comparatorName: string;
  variant: Arm;
  confidence: number;
  mixingVariance?: number;
  minimumSample: MinimumSample;
  splitMismatch: boolean;
  /** The always-valid p-value reported at an earlier look, carried so a verdict never flips back. */
  previousAlwaysValidPValue?: number;
}

/** Compares one variant with its comparator: fixed-horizon and always-valid figures, chance to beat, the verdict. */
export function compareArms(input: ComparisonInput): Comparison {
  const { comparator, variant, confidence } = input;
  const alpha = 1 - confidence;
  const shortfall = sampleShortfall(comparator, variant, input.minimumSample);
  if (variant.exposed === 0 || comparator.exposed === 0) {
    return {
      comparator: comparator.key,
      lift: null,
      absoluteLift: null,
      pValue: null,
      alwaysValidPValue: null,
      alwaysValidInterval: null,
      chanceToBeatControl: null,
      shortfall,
      // an arm nobody saw has no data for a verdict yet
      verdict: 'insufficient-data',
      summary: null,
    };
  }
  const fixed = compareProportions(comparator, variant, confidence);
  const sequential = alwaysValidTest(comparator, variant, { mixingVariance: input.mixingVariance, alpha });
  const alwaysValidPValue = Math.min(sequential.pValue, input.previousAlwaysValidPValue ?? 1);
  const comparisonVerdict = verdict({
    enoughData: shortfall === null,
    splitMismatch: input.splitMismatch,
    alwaysValidPValue,
    difference: fixed.absoluteLift.estimate,
    alpha,
  });
  return {
    comparator: comparator.key,
    lift: fixed.relativeLift ? { relative: fixed.relativeLift.estimate, low: fixed.relativeLift.low, high: fixed.relativeLift.high } : null,
    absoluteLift: fixed.absoluteLift,
    pValue: fixed.pValue,
    alwaysValidPValue,
    alwaysValidInterval: sequential.interval,
    chanceToBeatControl: chanceToBeatControl(comparator, variant),
    shortfall,
    verdict: comparisonVerdict,
    summary:
      comparisonVerdict === 'insufficient-data'
        ? null
        : variantSummary({
            key: variant.key,
            comparator: input.comparatorName,
            verdict: comparisonVerdict,
            confidence,
            relativeLift: fixed.relativeLift,
            absoluteLift: fixed.absoluteLift,
          }),
  };
}
