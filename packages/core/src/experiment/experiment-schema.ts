import { z } from 'zod';

const key = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be 1–64 characters of a–z, 0–9, "_" or "-"');

/** Partial objects merged deeply into the campaign's `widget` and `content`; the result must still be a valid campaign. */
export const VariantOverridesSchema = z.object({
  widget: z.record(z.string(), z.unknown()).optional(),
  content: z.record(z.string(), z.unknown()).optional(),
});

export const ExperimentVariantSchema = z.object({
  key,
  /** relative: weights are divided by the sum of all weights, the holdout's included */
  weight: z.number().positive(),
  overrides: VariantOverridesSchema.optional(),
});

export const ExperimentSchema = z
  .object({
    /** also the bucketing seed, so the same key buckets a user the same way in GrowthBook */
    key,
    /** the attribute whose value is hashed; `id` is the user id, or the anonymous id before sign-in */
    hashAttribute: z.string().min(1).max(64).default('id'),
    /** the first variant is the control (unless there is a holdout) */
    variants: z.array(ExperimentVariantSchema).min(1).max(10),
    /** users who see nothing; when present, every variant is compared against it */
    holdout: z.object({ key, weight: z.number().positive() }).optional(),
    /** a conversion is the goal event within `windowDays` after the user's first exposure */
    goal: z.object({ event: z.string().min(1).max(200), windowDays: z.number().positive().max(365) }),
    /** exposed users per arm before any verdict is given */
    minimumSample: z.int().min(1).optional(),
  })
  .refine(
    (experiment) => {
      const keys = [...experiment.variants.map((variant) => variant.key), ...(experiment.holdout ? [experiment.holdout.key] : [])];
      return new Set(keys).size === keys.length;
    },
    {
      message: 'variant and holdout keys must be distinct',
      path: ['variants'],
    },
  );

export type Experiment = z.infer<typeof ExperimentSchema>;
export type ExperimentVariant = z.infer<typeof ExperimentVariantSchema>;
export type VariantOverrides = z.infer<typeof VariantOverridesSchema>;
