import { z } from 'zod';
import { ReportRatioSchema } from './report-ratio-schema.ts';

/** One step of a campaign or event funnel (docs/API.md, "Funnels … common rules"). */
export const FunnelStepSchema = z.object({
  /** the step's name: `exposure`, `shown`, `click`, `goal` of a campaign funnel, the event's name in an event funnel */
  step: z.string(),
  /** the event the step counts */
  event: z.string(),
  /** people who reached this step */
  people: z.number().int().min(0),
  /** people / people at the step before; null for the first step */
  fromPrevious: ReportRatioSchema,
  /** people / people at the first step */
  fromFirst: ReportRatioSchema,
  /** median time from the step before, in milliseconds; null for the first step and when nobody reached it */
  medianMsFromPrevious: z.number().min(0).nullable(),
});

export type FunnelReportStep = z.infer<typeof FunnelStepSchema>;
