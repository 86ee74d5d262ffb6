import { z } from 'zod';
import { ReportRatioSchema } from './report-ratio-schema.ts';
import { ReportSegmentSchema } from './report-segment-schema.ts';

/** One checklist step: the people who completed it, as a share of those shown the checklist and of the step before. */
const ChecklistStepSchema = z.object({
  step: z.string(),
  completed: z.number().int().min(0),
  fromShown: ReportRatioSchema,
  /** completed / the step before's completed (the first step: / shown); above 1 when people skip a step */
  fromPrevious: ReportRatioSchema,
});

/** The answer of `GET /v1/admin/reports/checklist-funnel`: where users stall in a checklist campaign. */
export const ChecklistFunnelReportSchema = z.object({
  campaign: z.string(),
  from: z.string(),
  to: z.string(),
  segment: ReportSegmentSchema,
  /** people shown the checklist */
  shown: z.number().int().min(0),
  /** the campaign's current steps in its order */
  steps: z.array(ChecklistStepSchema),
  /** people who completed the whole checklist */
  completed: z.object({ people: z.number().int().min(0), fromShown: ReportRatioSchema }),
});

export type ChecklistFunnelReport = z.infer<typeof ChecklistFunnelReportSchema>;
