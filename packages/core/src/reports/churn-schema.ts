import { z } from 'zod';
import { ReportRatioSchema } from './report-ratio-schema.ts';
import { ReportSegmentSchema } from './report-segment-schema.ts';

const count = z.number().int().min(0);

/** The answer of `GET /v1/admin/reports/churn`: cancel-flow reasons, save rate and save offers of a range. */
export const ChurnReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  segment: ReportSegmentSchema,
  /** over the decided outcomes (saved + cancelled), most first; `reason` null when none was given */
  reasons: z.array(z.object({ reason: z.string().nullable(), count, share: ReportRatioSchema })),
  /** saved / (saved + cancelled) */
  saveRate: ReportRatioSchema,
  /** most shown first */
  offers: z.array(z.object({ offer: z.string(), shown: count, saved: count, rate: ReportRatioSchema })),
  counts: z.object({ saved: count, cancelled: count, dismissed: count, proceed: count }),
});

export type ChurnReport = z.infer<typeof ChurnReportSchema>;
