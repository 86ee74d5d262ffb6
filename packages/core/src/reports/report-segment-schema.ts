import { z } from 'zod';

/** The `segment=<trait>:<value>` a report kept to, as its answer echoes it (null when the report is of everyone). */
export const ReportSegmentSchema = z.object({ trait: z.string(), value: z.string() }).nullable();

export type ReportSegment = z.infer<typeof ReportSegmentSchema>;
