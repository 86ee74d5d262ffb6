import { z } from 'zod';
import { ReportSegmentSchema } from './report-segment-schema.ts';
import { ReportRatioSchema } from './report-ratio-schema.ts';
import { RetentionSchema } from './retention-schema.ts';

const count = z.number().int().min(0);
/** whole minor units; null when it cannot be computed */
const money = z.number().int().nullable();
/** `rate` over the interval, `monthlyRate` scaled to an average month of 30.4375 days (docs/API.md) */
const churned = z.object({ cancelled: count, rate: ReportRatioSchema, monthlyRate: ReportRatioSchema });

/** The subscription metrics of one interval, each figure with the counts it was computed from (docs/API.md). */
export const MetricsIntervalSchema = z.object({
  start: z.string(),
  end: z.string(),
  days: z.number().positive(),
  retention: RetentionSchema,
  churn: z.object({ activeAtStart: count, voluntary: churned, involuntary: churned, total: churned }),
  arpu: z.object({ value: money, mrr: z.number(), paying: count }),
  /** `churnRate`: the monthly churn of the accounts paying at the start (`cancelled` of `payingAtStart` over `days`) */
  ltv: z.object({
    value: money,
    arpu: money,
    churnRate: ReportRatioSchema,
    payingAtStart: count,
    cancelled: count,
    days: z.number().min(0),
  }),
  expansionConversion: z.object({ rate: ReportRatioSchema, upgraded: count, shown: count }),
  expansionRevenueShare: z.object({ share: ReportRatioSchema, upgradeMrr: z.number(), mrr: z.number() }),
  upgradesPerAccountYear: z.object({
    value: z.number().min(0).nullable(),
    upgrades: count,
    upgradedAccounts: count,
    paying: count,
    /** the interval's days up to the report's end */
    days: z.number().min(0),
  }),
});

/** The answer of `GET /v1/admin/reports/metrics`: one entry per calendar month of the range. */
export const MetricsReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** when the report was made: nothing after it (nor after `to`) is counted */
  asOf: z.string(),
  segment: ReportSegmentSchema,
  interval: z.literal('month'),
  intervals: z.array(MetricsIntervalSchema),
});

export type MetricsReportInterval = z.infer<typeof MetricsIntervalSchema>;
export type MetricsReport = z.infer<typeof MetricsReportSchema>;
