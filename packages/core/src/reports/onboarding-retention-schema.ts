import { z } from 'zod';
import { ReportSegmentSchema } from './report-segment-schema.ts';
import { RetentionSchema } from './retention-schema.ts';

/** The answer of `GET /v1/admin/reports/onboarding-retention`: retention of the users who finished a checklist and of the rest. */
export const OnboardingRetentionReportSchema = z.object({
  campaign: z.string(),
  from: z.string(),
  to: z.string(),
  /** when the report was made: a user finished when their `gk.completed` came before it */
  asOf: z.string(),
  segment: ReportSegmentSchema,
  finished: RetentionSchema,
  notFinished: RetentionSchema,
});

export type OnboardingRetentionReport = z.infer<typeof OnboardingRetentionReportSchema>;
