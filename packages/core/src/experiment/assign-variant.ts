import { chooseVariation } from '../bucketing/choose-variation.ts';
import { getBucketRanges } from '../bucketing/get-bucket-ranges.ts';
import { hash } from '../bucketing/hash.ts';
import type { Experiment } from './experiment-schema.ts';

export interface Assignment {
  /** the variant's (or the holdout's) key; null when the user is not in the experiment */
  variant: string | null;
  inExperiment: boolean;
  holdout: boolean;
  /** GrowthBook's hash of the user, in [0, 1); null without a hash attribute value */
  hashValue: number | null;
}

/** The arms in bucket order: the variants, then the holdout. */
export function experimentArms(experiment: Pick<Experiment, 'variants' | 'holdout'>): { key: string; weight: number; holdout: boolean }[] {
  const arms = experiment.variants.map(({ key, weight }) => ({ key, weight, holdout: false }));
  return experiment.holdout ? [...arms, { ...experiment.holdout, holdout: true }] : arms;
}

/**
 * Buckets a user as GrowthBook does for an experiment with these weights: hash version 2 seeded with the experiment
 * key over the hash attribute's value, full coverage. A missing or empty value leaves the user out.
 */
export function assignVariant(
  experiment: Pick<Experiment, 'key' | 'hashAttribute' | 'variants' | 'holdout'>,
  attributes: Record<string, unknown>,
): Assignment {
  const raw = attributes[experiment.hashAttribute ?? 'id'];
  const value = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
  const out: Assignment = { variant: null, inExperiment: false, holdout: false, hashValue: null };
  if (!value) return out;
  const hashValue = hash(experiment.key, value, 2)!;
  const arms = experimentArms(experiment);
  const total = arms.reduce((sum, arm) => sum + arm.weight, 0);
  const index = chooseVariation(
    hashValue,
    getBucketRanges(
      arms.length,
      1,
      arms.map((arm) => arm.weight / total),
    ),
  );
  if (index < 0) return { ...out, hashValue };
  return { variant: arms[index].key, inExperiment: true, holdout: arms[index].holdout, hashValue };
}
