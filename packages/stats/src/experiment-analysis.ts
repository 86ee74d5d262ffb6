import { compareArms, NO_FIGURES, type Comparison } from './comparison.ts';
import { conversionRate, type Arm } from './conversion-counts.ts';
import type { EarlierLook } from './earlier-look.ts';
import { DEFAULT_MINIMUM_SAMPLE, type MinimumSample, type SampleShortfall } from './minimum-sample.ts';
import { sampleRatioMismatch, SRM_THRESHOLD, type SampleRatioMismatch } from './srm.ts';
import { mismatchSummary, shortfallSummary } from './summary.ts';

export interface ExperimentInput {
  /** Every arm, control included: [{ key, exposed, converted }]. */
  arms: readonly Arm[];
  /** Key of the arm the others are compared with (a holdout, when there is one). */
  control: string;
  /**
   * The control is a holdout, which sees nothing: sentences say "than the holdout", and with two or more variants
   * each variant after the first is also compared with the first (the copy test itself), in `versusFirstVariant`.
   */
  controlIsHoldout?: boolean;
  /** Configured traffic weights by arm key, any positive scale; equal weights when omitted. */
  weights?: Readonly<Record<string, number>>;
  /** Confidence level; the verdicts' family-wise significance level is 1 − confidence (each of k comparisons at (1 − confidence) / k). Default 0.95. */
  confidence?: number;
  /** τ² of the always-valid test (see DEFAULT_MIXING_VARIANCE). */
  mixingVariance?: number;
  minimumSample?: MinimumSample;
  srmThreshold?: number;
  /**
   * Each comparison as reported at the latest earlier look that had the minimum sample, by variant key: the p-value
   * reported is the minimum of that and today's, the interval the intersection, so a verdict once reached never flips
   * back when results are recomputed from fresh counts.
   */
  earlierLooks?: EarlierLooks;
  /** Whether the goal window of at least one counted user has closed; until then a winner or loser is provisional. Default true. */
  goalWindowClosed?: boolean;
}

/** Earlier looks of the comparisons with the control and with the first variant, by variant key. */
export interface EarlierLooks {
  versusControl?: Readonly<Record<string, EarlierLook>>;
  versusFirstVariant?: Readonly<Record<string, EarlierLook>>;
}

/** One arm: its counts, its comparison with the control (null figures and verdict for the control itself). */
export type ArmResult = Omit<Comparison, 'verdict' | 'comparator'> & {
  key: string;
  control: boolean;
  exposed: number;
  converted: number;
  /** converted / exposed; null when nobody was exposed (a figure whose denominator is 0 is null) */
  rate: number | null;
  /** Key of the arm this row is compared with; null for the control. */
  comparator: string | null;
  verdict: Comparison['verdict'] | null;
  /**
   * With a holdout and two or more variants: this variant against the first variant (the control copy), with the same
   * figures; null for the holdout, the first variant (never compared with itself) and experiments without a holdout.
   */
  versusFirstVariant: Comparison | null;
};

export interface ExperimentAnalysis {
  control: string;
  /** The first variant when the variants are also compared with it (see ExperimentInput.controlIsHoldout), else null. */
  firstVariant: string | null;
  arms: ArmResult[];
  srm: SampleRatioMismatch;
  /** What the first comparison still short of the minimum sample lacks; null when every comparison has enough. */
  shortfall: SampleShortfall | null;
  /** How many comparisons the verdicts are drawn from; each is judged at α / comparisons (Bonferroni). */
  comparisons: number;
  /** No counted user's goal window has closed yet: winners and losers are provisional. */
  provisional: boolean;
  /** Plain-language reading of the whole experiment for a PM. */
  summary: string;
}

const CONTROL_ROW = {
  comparator: null,
  ...NO_FIGURES,
  shortfall: null,
  verdict: null,
  summary: null,
  versusFirstVariant: null,
};

/**
 * Compares every variant with the control, and with a holdout as control also every later variant with the first.
 * The verdicts control the family-wise error: with k comparisons each is judged at α / k (Bonferroni, valid for
 * always-valid p-values at every look), so the chance of any false winner or loser among them stays below α.
 * Throws a RangeError when `control` names no arm (a caller's mistake, not a data condition).
 */
export function analyzeExperiment(input: ExperimentInput): ExperimentAnalysis {
  const confidence = input.confidence ?? 0.95;
  const control = input.arms.find((arm) => arm.key === input.control);
  if (!control) throw new RangeError(`control arm "${input.control}" is not among the arms`);
  const variants = input.arms.filter((arm) => arm !== control);
  const first = input.controlIsHoldout && variants.length >= 2 ? variants[0]! : null;
  const controlName = input.controlIsHoldout ? 'the holdout' : control.key;

  const srm = sampleRatioMismatch(
    input.arms.map((arm) => arm.exposed),
    input.arms.map((arm) => (input.weights ? (input.weights[arm.key] ?? 0) : 1)),
    input.srmThreshold ?? SRM_THRESHOLD,
  );
  const provisional = input.goalWindowClosed === false;
  const shared = {
    confidence,
    mixingVariance: input.mixingVariance,
    minimumSample: input.minimumSample ?? DEFAULT_MINIMUM_SAMPLE,
    splitMismatch: srm.flagged,
    // every variant against the control, and with a first variant every later one against it too
    comparisons: Math.max(1, variants.length + (first ? variants.length - 1 : 0)),
    provisional,
  };

  const pairs = variants.map((arm) => ({
    arm,
    versusControl: compareArms({
      ...shared,
      comparator: control,
      comparatorName: controlName,
      variant: arm,
      earlier: input.earlierLooks?.versusControl?.[arm.key],
    }),
    versusFirstVariant:
      first && arm !== first
        ? compareArms({
            ...shared,
            comparator: first,
            comparatorName: first.key,
            variant: arm,
            earlier: input.earlierLooks?.versusFirstVariant?.[arm.key],
          })
        : null,
  }));
  const arms = input.arms.map((arm): ArmResult => {
    const base = { key: arm.key, exposed: arm.exposed, converted: arm.converted, rate: arm.exposed > 0 ? conversionRate(arm) : null };
    const pair = pairs.find((candidate) => candidate.arm === arm);
    if (!pair) return { ...base, control: true, ...CONTROL_ROW };
    return { ...base, control: false, ...pair.versusControl, versusFirstVariant: pair.versusFirstVariant };
  });

  // a comparison without a summary says what it lacks; one with neither (no minimum asked, nobody exposed) says nothing
  const sentences = (comparison: Comparison | null, key: string, comparatorName: string) => {
    if (comparison?.summary) return [comparison.summary];
    return comparison?.shortfall ? [shortfallSummary(key, comparatorName, comparison.shortfall)] : [];
  };
  const againstControl = pairs.flatMap((pair) => sentences(pair.versusControl, pair.arm.key, controlName)).join(' ');
  const againstFirst = first ? pairs.flatMap((pair) => sentences(pair.versusFirstVariant, pair.arm.key, first.key)).join(' ') : '';
  const reading = first
    ? `Against the holdout (it sees nothing): ${againstControl} Against ${first.key} (the first variant): ${againstFirst}`
    : againstControl;
  const comparisons = pairs.flatMap((pair) =>
    pair.versusFirstVariant ? [pair.versusControl, pair.versusFirstVariant] : [pair.versusControl],
  );
  return {
    control: control.key,
    firstVariant: first?.key ?? null,
    arms,
    srm,
    shortfall: comparisons.find((comparison) => comparison.shortfall)?.shortfall ?? null,
    comparisons: shared.comparisons,
    provisional,
    summary: srm.flagged ? `${mismatchSummary(srm)} ${reading}` : reading,
  };
}
