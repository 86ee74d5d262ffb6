import { z } from 'zod';
import { TextSchema } from '../text.ts';

/** The number the user moves toward the goal: how often an event happened, or a numeric trait (e.g. `customers`). */
export const AhaMetricSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('event'), event: z.string().min(1).max(200) }),
  /** a dot path into the user's traits, e.g. `customers` or `account.customers` */
  z.object({ kind: z.literal('trait'), trait: z.string().min(1).max(200) }),
]);

export const BADGE_ICONS = ['star', 'flag', 'bolt', 'trophy'] as const;

export const AhaMilestoneSchema = z.object({
  /** the metric value that reaches it */
  at: z.number().positive(),
  /** the badge's name, e.g. "First ten" */
  badge: TextSchema,
  icon: z.enum(BADGE_ICONS).default('star'),
  /** said and shown when the user reaches it */
  message: TextSchema,
});

export const AhaWidgetSchema = z.object({
  type: z.literal('aha'),
  metric: AhaMetricSchema,
  /** ascending; the last one is the goal */
  milestones: z
    .array(AhaMilestoneSchema)
    .min(1, 'must have 1–6 milestones')
    .max(6, 'must have 1–6 milestones')
    .refine((milestones) => milestones.every((m, i) => i === 0 || m.at > milestones[i - 1].at), {
      message: 'milestones must be in ascending order of `at`, without repeats',
    }),
  /** what the metric counts, for the progress text: "12 of 50 customers" */
  unit: TextSchema.optional(),
});

export type AhaMetric = z.infer<typeof AhaMetricSchema>;
export type AhaMilestone = z.infer<typeof AhaMilestoneSchema>;
export type AhaWidget = z.infer<typeof AhaWidgetSchema>;
export type BadgeIcon = (typeof BADGE_ICONS)[number];
