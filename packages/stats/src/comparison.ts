import { alwaysValidTest } from './always-valid.ts';
import { chanceToBeatControl } from './chance-to-beat.ts';
import type { Arm } from './conversion-counts.ts';
import { intersect, type EarlierLook } from './earlier-look.ts';
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
   * Relative lift against the comparator with its fixed-horizon (Katz) interval, valid for a single planned look only
   * (fractions: 0.31 = +31 %); null when a rate is 0. Every figure here is null too when either arm has nobody
   * exposed: there is nothing to compare.
   */
  lift: { relative: number; low: number; high: number } | null;
  /** Absolute difference in rates against the comparator with its fixed-horizon (Wald) interval: single planned look. */
  absoluteLift: Interval | null;
  /** Fixed-horizon two-sided p-value (pooled z-test); valid only if read once at a planned sample size. */
  pValue: number | null;
  /** Always-valid p-value (mSPRT), the running minimum over the looks: safe to read at every look. */
  alwaysValidPValue: number | null;
  /**
   * The always-valid p-value adjusted for the experiment's number of comparisons (Bonferroni: × k, at most 1); the
   * verdict compares this with α, so the family-wise chance of any false winner or loser stays below α.
   */
  adjustedAlwaysValidPValue: number | null;
  /**
   * Confidence sequence for the absolute difference at the level the verdict uses (1 − α / k), the running
   * intersection over the looks: it leaves out 0 exactly when the verdict is a winner or a loser.
   */
  alwaysValidInterval: Interval | null;
  /** The same interval as relative lift, divided by the comparator's rate; null when that rate is 0. */
  alwaysValidLift: { relative: number; low: number; high: number } | null;
  /** P(variant rate > comparator rate) under Beta(1, 1) priors. */
  chanceToBeatControl: number | null;
  /** What this comparison still lacks before a verdict; null once it has enough. */
  shortfall: SampleShortfall | null;
  verdict: Verdict;
  summary: string | null;
}

/** Every figure of a comparison, none: an arm compared with nothing (the control itself), or with an arm nobody saw. */
export const NO_FIGURES = {
  lift: null,
  absoluteLift: null,
  pValue: null,
  alwaysValidPValue: null,
  adjustedAlwaysValidPValue: null,
  alwaysValidInterval: null,
  alwaysValidLift: null,
  chanceToBeatControl: null,
} as const satisfies Partial<Comparison>;

export interface ComparisonInput {
  comparator: Arm;
  /** How sentences name the comparator: "the holdout", or the control's key. */
  comparatorName: string;
  variant: Arm;
  confidence: number;
  mixingVariance?: number;
  minimumSample: MinimumSample;
  splitMismatch: boolean;
  /** How many comparisons the experiment's verdicts are drawn from (Bonferroni's k). */
  comparisons: number;
  /** No counted user's goal window has closed yet: a winner or loser is provisional. */
  provisional: boolean;
  /** This comparison at an earlier look, carried so a verdict never flips back. */
  earlier?: EarlierLook;
}

/** Compares one variant with its comparator: fixed-horizon and always-valid figures, chance to beat, the verdict. */
export function compareArms(input: ComparisonInput): Comparison {
  const { comparator, variant, confidence } = input;
  const alpha = 1 - confidence;
  const shortfall = sampleShortfall(comparator, variant, input.minimumSample);
  if (variant.exposed === 0 || comparator.exposed === 0) {
    return {
      comparator: comparator.key,
      ...NO_FIGURES,
      shortfall,
      // an arm nobody saw has no data for a verdict yet
      verdict: 'insufficient-data',
      summary: null,
    };
  }
  const fixed = compareProportions(comparator, variant, confidence);
  // Bonferroni: each of the k comparisons at α / k, so the chance of any false verdict among them stays below α
  const familyAlpha = alpha / input.comparisons;
  const sequential = alwaysValidTest(comparator, variant, { mixingVariance: input.mixingVariance, alpha: familyAlpha });
  const alwaysValidPValue = Math.min(sequential.pValue, input.earlier?.alwaysValidPValue ?? 1);
  const alwaysValidInterval = intersect(sequential.interval, input.earlier?.alwaysValidInterval);
  const adjustedAlwaysValidPValue = Math.min(1, alwaysValidPValue * input.comparisons);
  const alwaysValidLift = relativeOf(alwaysValidInterval, fixed.controlRate);
  const comparisonVerdict = verdict({
    enoughData: shortfall === null,
    splitMismatch: input.splitMismatch,
    adjustedAlwaysValidPValue,
    interval: alwaysValidInterval,
    alpha,
  });
  return {
    comparator: comparator.key,
    lift: fixed.relativeLift ? { relative: fixed.relativeLift.estimate, low: fixed.relativeLift.low, high: fixed.relativeLift.high } : null,
    absoluteLift: fixed.absoluteLift,
    pValue: fixed.pValue,
    alwaysValidPValue,
    adjustedAlwaysValidPValue,
    alwaysValidInterval,
    alwaysValidLift,
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
            provisional: input.provisional,
            confidence,
            comparisons: input.comparisons,
            relativeLift: alwaysValidLift && { estimate: alwaysValidLift.relative, low: alwaysValidLift.low, high: alwaysValidLift.high },
            absoluteLift: alwaysValidInterval,
          }),
  };
}

/** An interval of the difference in rates as relative lift: divided by the comparator's rate (no ratio at 0). */
function relativeOf(difference: Interval, comparatorRate: number): Comparison['alwaysValidLift'] {
  if (comparatorRate <= 0) return null;
  return {
    relative: difference.estimate / comparatorRate,
    // a rate cannot fall below 0, so the lift not below −100 %
    low: Math.max(difference.low / comparatorRate, -1),
    high: difference.high / comparatorRate,
  };
}
