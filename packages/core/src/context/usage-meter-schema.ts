import { z } from 'zod';

/** A quota meter as reported by `growthkit.usage(metric, used, limit)`. */
export const UsageMeterSchema = z.object({ used: z.number().min(0), limit: z.number().min(0) });

/** Meters by metric name, e.g. `{ storage_gb: { used: 4.6, limit: 5 } }`. */
export const UsageMetersSchema = z.record(z.string().min(1).max(64), UsageMeterSchema);

export type UsageMeter = z.infer<typeof UsageMeterSchema>;
export type UsageMeters = z.infer<typeof UsageMetersSchema>;
