import { z } from 'zod';
import { FunnelStepSchema } from './funnel-step-schema.ts';
import { ReportSegmentSchema } from './report-segment-schema.ts';

/** The answer of `GET /v1/admin/reports/campaign-funnel`: exposure (with an experiment) → shown → click → goal. */
export const CampaignFunnelReportSchema = z.object({
  campaign: z.string(),
  /** the goal event; null when neither the query nor the campaign's experiment gives one (the funnel ends at the click) */
  goal: z.string().nullable(),
  withinDays: z.number().positive(),
  from: z.string(),
  to: z.string(),
  segment: ReportSegmentSchema,
  steps: z.array(FunnelStepSchema),
});

export type CampaignFunnelReport = z.infer<typeof CampaignFunnelReportSchema>;
