import type { ArmResult, ExperimentAnalysis } from '@growthkit/stats';
import type { Experiment } from '@growthkit/core';

/**
 * One arm as `/v1/admin/experiments/:key/results` answers it: stats' result plus the collector's additions. The rate
 * is null when nobody in the arm was exposed (0 of 0 is no rate).
 */
export type ResultArm = Omit<ArmResult, 'rate'> & {
  rate: number | null;
  holdout: boolean;
  rateInterval: { low: number; high: number } | null;
};

/** One point of `?series=day`: cumulative counts per arm at the end of a UTC day (the last point: the time asked). */
export interface SeriesPoint {
  at: string;
  variants: Pick<ArmResult, 'key' | 'exposed' | 'converted' | 'alwaysValidPValue' | 'adjustedAlwaysValidPValue'>[];
}

/** The answer of `/v1/admin/experiments/:key/results?series=day` (docs/API.md). */
export type ExperimentAnswer = Omit<ExperimentAnalysis, 'arms'> & {
  experiment: string;
  campaignId: string;
  goal: Experiment['goal'];
  variants: ResultArm[];
  excludedMultipleExposure: number;
  /** people exposed to a variant key the experiment does not configure */
  unknownVariantExposure: number;
  series: SeriesPoint[];
};
