import { experimentArms, type Campaign, type Experiment } from '@growthkit/core';
import { analyzeExperiment, DEFAULT_MINIMUM_SAMPLE } from '@growthkit/stats';
import type { ExperimentTally } from '../store/store.ts';
import { rateInterval } from './rate-interval.ts';

/**
 * The results table of SPEC §9 from the tally: every configured arm in order (an arm nobody saw yet counts 0), each
 * compared with the control — the holdout when there is one (SPEC: a control that sees nothing), else the first
 * variant; with a holdout and two or more variants, each later variant also with the first (`versusFirstVariant`).
 */
export function experimentResults(campaign: Campaign, experiment: Experiment, tally: ExperimentTally) {
  const arms = experimentArms(experiment);
  const counts = new Map(tally.variants.map((row) => [row.variant, row]));
  const control = experiment.holdout?.key ?? experiment.variants[0]!.key;
  const analysis = analyzeExperiment({
    arms: arms.map(({ key }) => ({ key, exposed: counts.get(key)?.exposed ?? 0, converted: counts.get(key)?.converted ?? 0 })),
    control,
    controlIsHoldout: Boolean(experiment.holdout),
    weights: Object.fromEntries(arms.map((arm) => [arm.key, arm.weight])),
    ...(experiment.minimumSample && { minimumSample: { ...DEFAULT_MINIMUM_SAMPLE, exposedPerVariant: experiment.minimumSample } }),
  });
  return {
    experiment: experiment.key,
    campaignId: campaign.id,
    goal: experiment.goal,
    control,
    firstVariant: analysis.firstVariant,
    variants: analysis.arms.map(({ key, ...result }) => ({
      key,
      holdout: key === experiment.holdout?.key,
      ...result,
      rateInterval: rateInterval(result.converted, result.exposed),
    })),
    srm: analysis.srm,
    shortfall: analysis.shortfall,
    excludedMultipleExposure: tally.excludedMultipleExposure,
    summary: analysis.summary,
  };
}

export type ExperimentResults = ReturnType<typeof experimentResults>;
