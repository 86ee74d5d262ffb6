import { experimentArms, type Campaign, type Experiment } from '@growthkit/core';
import { analyzeExperiment, DEFAULT_MINIMUM_SAMPLE, type EarlierLooks } from '@growthkit/stats';
import type { ExperimentTally } from '../store/store.ts';
import { rateInterval } from './rate-interval.ts';

const DAY = 86_400_000;

/** When the results are read, and what each comparison reported at the earlier looks (see experimentSeries). */
export interface Look {
  now: number;
  earlierLooks?: EarlierLooks;
}

const unknownWarning = (people: number) =>
  `${people.toLocaleString('en')} exposed ${people === 1 ? 'person is' : 'people are'} in a variant the experiment does not configure (renamed or removed?): they count in no arm, so check the tracking.`;

/**
 * The results table of SPEC §9 from the tally: every configured arm in order (an arm nobody saw yet counts 0), each
 * compared with the control — the holdout when there is one (SPEC: a control that sees nothing), else the first
 * variant; with a holdout and two or more variants, each later variant also with the first (`versusFirstVariant`).
 */
export function experimentResults(campaign: Campaign, experiment: Experiment, tally: ExperimentTally, look: Look) {
  const arms = experimentArms(experiment);
  const counts = new Map(tally.variants.map((row) => [row.variant, row]));
  const configured = new Set(arms.map((arm) => arm.key));
  // exposures to a variant no longer (or never) configured: a tracking problem, counted rather than dropped
  const unknownVariantExposure = tally.variants.reduce((sum, row) => (configured.has(row.variant) ? sum : sum + row.exposed), 0);
  const windowMs = experiment.goal.windowDays * DAY;
  const control = experiment.holdout?.key ?? experiment.variants[0]!.key;
  const analysis = analyzeExperiment({
    arms: arms.map(({ key }) => ({ key, exposed: counts.get(key)?.exposed ?? 0, converted: counts.get(key)?.converted ?? 0 })),
    control,
    controlIsHoldout: Boolean(experiment.holdout),
    earlierLooks: look.earlierLooks,
    // the honest minimum: the first exposed user has had the whole window to convert
    goalWindowClosed: tally.firstExposureMs !== null && tally.firstExposureMs + windowMs <= look.now,
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
    comparisons: analysis.comparisons,
    provisional: analysis.provisional,
    excludedMultipleExposure: tally.excludedMultipleExposure,
    unknownVariantExposure,
    summary: unknownVariantExposure > 0 ? `${analysis.summary} ${unknownWarning(unknownVariantExposure)}` : analysis.summary,
  };
}

export type ExperimentResults = ReturnType<typeof experimentResults>;
