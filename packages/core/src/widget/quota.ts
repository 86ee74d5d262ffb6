import { z } from 'zod';
import { TextSchema } from '../text.ts';
import { LinkUrlSchema } from './link-url.ts';

export const QuotaPlanSchema = z.object({
  /** the plan id the host's `upgrade` callback receives */
  id: z.string().min(1).max(64),
  name: TextSchema,
  /** what the plan adds, one short line each ("100 GB of storage") */
  unlocks: z.array(TextSchema).min(1).max(6),
  /** followed by "Upgrade" when the host registered no `upgrade` handler */
  upgradeUrl: LinkUrlSchema.optional(),
});

export const QuotaWidgetSchema = z
  .object({
    type: z.literal('quota'),
    /** the meter reported by `growthkit.usage(metric, used, limit)` */
    metric: z.string().min(1).max(64),
    /** what the meter measures, the banner's heading and the meter's name ("Storage") */
    label: TextSchema,
    /**
     * an ECMA-402 unit for the numbers ("gigabyte", "megabyte"); absent = plain numbers. Pair the campaign with a
     * `usage` trigger on the same metric at `warnAt`, so the prompt only takes a place on screen when it has one.
     */
    unit: z
      .string()
      .regex(/^[a-z]+(-per-[a-z]+)?$/, 'must be an Intl unit such as "gigabyte"')
      .optional(),
    /** used / limit at which the non-blocking banner shows */
    warnAt: z.number().gt(0).default(0.8),
    /** used / limit at which the upgrade dialog shows */
    limitAt: z.number().gt(0).default(1),
    nextPlan: QuotaPlanSchema,
    /** offers "Try it free for N days" next to "Upgrade" */
    trial: z.object({ days: z.int().min(1).max(90) }).optional(),
    /** hours a dismissed banner or dialog stays away while usage stays high */
    remindAfterHours: z.number().min(0).default(24),
  })
  .refine((quota) => quota.warnAt <= quota.limitAt, { message: 'warnAt must not exceed limitAt', path: ['warnAt'] });

export type QuotaPlan = z.infer<typeof QuotaPlanSchema>;
export type QuotaWidget = z.infer<typeof QuotaWidgetSchema>;
