import { z } from 'zod';
import { FunnelStepSchema } from './funnel-step-schema.ts';
import { ReportSegmentSchema } from './report-segment-schema.ts';

/** The answer of `GET /v1/admin/reports/event-funnel`: people reaching the host events the query names, in order. */
export const EventFunnelReportSchema = z.object({
  withinDays: z.number().positive(),
  from: z.string(),
  to: z.string(),
  segment: ReportSegmentSchema,
  steps: z.array(FunnelStepSchema),
});

export type EventFunnelReport = z.infer<typeof EventFunnelReportSchema>;
