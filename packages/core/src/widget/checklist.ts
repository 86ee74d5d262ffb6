import { z } from 'zod';
import { ConditionSchema } from '../condition-schema.ts';
import { TextSchema } from '../text.ts';
import { LinkUrlSchema } from './link-url.ts';

/** How a step completes itself: after an event (n times), when the user's traits match, or by the user's own tick. */
export const StepRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('event'), event: z.string().min(1).max(200), count: z.int().min(1).default(1) }),
  z.object({ kind: z.literal('trait'), condition: ConditionSchema }),
  z.object({ kind: z.literal('manual') }),
]);

export const StepActionSchema = z.union([
  z.object({ label: TextSchema, url: LinkUrlSchema }),
  /** fires the host's `cta` callback with `{ campaignId, step, action }` */
  z.object({ label: TextSchema, action: z.string().min(1).max(100) }),
]);

export const ChecklistStepSchema = z.object({
  id: z.string().regex(/^[a-z0-9_-]{1,64}$/, 'must be 1–64 characters of a–z, 0–9, "_" or "-"'),
  label: TextSchema,
  description: TextSchema.optional(),
  action: StepActionSchema.optional(),
  complete: StepRuleSchema,
  /** only users matching this see the step, e.g. `{ "role": "marketer" }` */
  audience: ConditionSchema.optional(),
  skippable: z.boolean().default(true),
});

export const ChecklistWidgetSchema = z.object({
  type: z.literal('checklist'),
  steps: z
    .array(ChecklistStepSchema)
    .min(3, 'must have 3–7 steps')
    .max(7, 'must have 3–7 steps')
    .refine((steps) => new Set(steps.map((s) => s.id)).size === steps.length, { message: 'step ids must be unique' }),
  /** start collapsed to the launcher */
  collapsed: z.boolean().default(false),
});

export type StepRule = z.infer<typeof StepRuleSchema>;
export type ChecklistStep = z.infer<typeof ChecklistStepSchema>;
export type ChecklistWidget = z.infer<typeof ChecklistWidgetSchema>;
