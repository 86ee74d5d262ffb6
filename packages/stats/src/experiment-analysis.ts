import { alwaysValidTest } from './always-valid.ts';
import { chanceToBeatControl } from './chance-to-beat.ts';
import { conversionRate, type Arm } from './conversion-counts.ts';
import type { Interval } from './interval.ts';
import { DEFAULT_MINIMUM_SAMPLE, sampleShortfall, type MinimumSample, type SampleShortfall } from './minimum-sample.ts';
import { sampleRatioMismatch, SRM_THRESHOLD, type SampleRatioMismatch } from './srm.ts';
import { mismatchSummary, shortfallSummary, variantSummary } from './summary.ts';
import { compareProportions } from './two-proportion.ts';
import { verdict, type Verdict } from './verdict.ts';

export interface ExperimentInput {
  /** Every arm, control included: [{ key, exposed, converted }]. */
  arms: readonly Arm[];
  /** Key of the arm the others are compared with (a holdout, when there is one). */
  control: string;
  /** Configured traffic weights by arm key, any positive scale; equal weights when omitted. */
  weights?: Readonly<Record<string, number>>;
  /** Confidence level of intervals; the verdict's significance level is 1 − confidence. Default 0.95. */
  confidence?: number;
  /** τ² of the always-valid test (see DEFAULT_MIXING_VARIANCE). */
  mixingVariance?: number;
  minimumSample?: MinimumSample;
  srmThreshold?: number;
  /**
   * Always-valid p-values reported at an earlier look, by variant key. The reported value is the
   * minimum of these and today's, so a verdict once reached never flips back when results are
   * recomputed from fresh counts.
   */
  previousAlwaysValidPValues?: Readonly<Record<string, number>>;
}

export interface ArmResult {
  key: string;
  control: boolean;
  exposed: number;
  converted: number;
  /** converted / exposed; null when nobody was exposed (a figure whose denominator is 0 is null) */
  rate: number | null;
  /**
   * Relative lift against control with its interval (fractions: 0.31 = +31 %); null for the control or when a rate is 0.
   * Every comparison below is null too when the arm or the control has nobody exposed: there is nothing to compare.
   */
  lift: { relative: number; low: number; high: number } | null;
  /** Absolute difference in rates against control with its interval; null for the control. */
  absoluteLift: Interval | null;
  /** Fixed-horizon two-sided p-value (pooled z-test); valid only if read once at a planned sample size. */
  pValue: number | null;
  /** Always-valid p-value (mSPRT): safe to read at every look. */
  alwaysValidPValue: number | null;
  /** Confidence sequence for the absolute difference, valid at every look. */
  alwaysValidInterval: Interval | null;
  /** P(variant rate > control rate) under Beta(1, 1) priors. */
  chanceToBeatControl: number | null;
  verdict: Verdict | null;
  summary: string | null;
}

export interface ExperimentAnalysis {
  control: string;
  arms: ArmResult[];
  srm: SampleRatioMismatch;
  /** What the smallest arm still lacks before any verdict; null when there is enough data. */
  shortfall: SampleShortfall | null;
  /** Plain-language reading of the whole experiment for a PM. */
  summary: string;
}

/**
 * Compares every variant with the control. Each comparison is reported at the confidence level
 * asked for, without a multiple-comparison correction: with many variants, expect the occasional
 * false winner among them.
 * Throws a RangeError when `control` names no arm (a caller's mistake, not a data condition).
 */
export function analyzeExperiment(input: ExperimentInput): ExperimentAnalysis {
  const confidence = input.confidence ?? 0.95;
  const alpha = 1 - confidence;
  const control = input.arms.find((arm) => arm.key === input.control);
  if (!control) throw new RangeError(`control arm "${input.control}" is not among the arms`);

  const srm = sampleRatioMismatch(
    input.arms.map((arm) => arm.exposed),
    input.arms.map((arm) => (input.weights ? (input.weights[arm.key] ?? 0) : 1)),
    input.srmThreshold ?? SRM_THRESHOLD,
  );
  const shortfall = sampleShortfall(input.arms, input.minimumSample ?? DEFAULT_MINIMUM_SAMPLE);

  const arms = input.arms.map((arm): ArmResult => {
    const base = { key: arm.key, exposed: arm.exposed, converted: arm.converted, rate: arm.exposed > 0 ? conversionRate(arm) : null };
    if (arm === control || arm.exposed === 0 || control.exposed === 0) {
      return {
        ...base,
        control: arm === control,
        lift: null,
        absoluteLift: null,
        pValue: null,
        alwaysValidPValue: null,
        alwaysValidInterval: null,
        chanceToBeatControl: null,
        // a variant nobody saw (or a control nobody saw) has no data for a verdict yet
        verdict: arm === control ? null : 'insufficient-data',
        summary: null,
      };
    }
    const fixed = compareProportions(control, arm, confidence);
    const sequential = alwaysValidTest(control, arm, { mixingVariance: input.mixingVariance, alpha });
    const alwaysValidPValue = Math.min(sequential.pValue, input.previousAlwaysValidPValues?.[arm.key] ?? 1);
    const armVerdict = verdict({
      enoughData: shortfall === null,
      splitMismatch: srm.flagged,
      alwaysValidPValue,
      difference: fixed.absoluteLift.estimate,
      alpha,
    });
    return {
      ...base,
      control: false,
      lift: fixed.relativeLift
        ? { relative: fixed.relativeLift.estimate, low: fixed.relativeLift.low, high: fixed.relativeLift.high }
        : null,
      absoluteLift: fixed.absoluteLift,
      pValue: fixed.pValue,
      alwaysValidPValue,
      alwaysValidInterval: sequential.interval,
      chanceToBeatControl: chanceToBeatControl(control, arm),
      verdict: armVerdict,
      summary:
        armVerdict === 'insufficient-data'
          ? null
          : variantSummary({
              key: arm.key,
              verdict: armVerdict,
              confidence,
              relativeLift: fixed.relativeLift,
              absoluteLift: fixed.absoluteLift,
            }),
    };
  });

  const reading = shortfall ? shortfallSummary(shortfall) : arms.flatMap((arm) => (arm.summary ? [arm.summary] : [])).join(' ');
  return {
    control: control.key,
    arms,
    srm,
    shortfall,
    summary: srm.flagged ? `${mismatchSummary(srm)} ${reading}` : reading,
  };
}
