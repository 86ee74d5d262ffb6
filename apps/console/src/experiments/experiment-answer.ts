import type { ArmResult, ExperimentAnalysis } from '@growthkit/stats';
import type { Experiment } from '@growthkit/core';

/** One arm as `/v1/admin/experiments/:key/results` answers it: stats' result plus the collector's additions. */
export type ResultArm = ArmResult & { holdout: boolean; rateInterval: { low: number; high: number } | null };

/** One point of `?series=day`: cumulative counts per arm at the end of a UTC day (the last point: the time asked). */
export interface SeriesPoint {
  at: string;
  variants: Pick<ArmResult, 'key' | 'exposed' | 'converted' | 'alwaysValidPValue'>[];
}

/** The answer of `/v1/admin/experiments/:key/results?series=day` (docs/API.md). */
export type ExperimentAnswer = Omit<ExperimentAnalysis, 'arms'> & {
  experiment: string;
  campaignId: string;
  goal: Experiment['goal'];
  variants: ResultArm[];
  excludedMultipleExposure: number;
  series: SeriesPoint[];
};
