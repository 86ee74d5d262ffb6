import { z } from 'zod';
import { ReportRatioSchema } from './report-ratio-schema.ts';

/** One retention day: of the cohort users whose day N could be seen (`measured`), those active on exactly that day. */
const RetentionDaySchema = z.object({ rate: ReportRatioSchema, active: z.number().int().min(0), measured: z.number().int().min(0) });

/** D1 / D7 / D30 retention of a signup cohort (the metrics report's, and each group of the onboarding retention report). */
export const RetentionSchema = z.object({
  cohort: z.number().int().min(0),
  d1: RetentionDaySchema,
  d7: RetentionDaySchema,
  d30: RetentionDaySchema,
});

export type Retention = z.infer<typeof RetentionSchema>;
export type RetentionDay = z.infer<typeof RetentionDaySchema>;
