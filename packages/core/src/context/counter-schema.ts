import { z } from 'zod';

/** Days are UTC calendar days ("2026-11-22"), so a device and the collector bucket the same event alike. */
export const DayKeySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a UTC day such as "2026-11-22"');

/** One event name's counts; the device keeps it and the collector rebuilds it from stored events. */
export const EventCounterSchema = z.object({
  total: z.int().min(1),
  first: z.iso.datetime({ offset: true }),
  last: z.iso.datetime({ offset: true }),
  /** events per UTC day, only the last 30 days (older days drop out as new events arrive) */
  days: z.record(DayKeySchema, z.int().min(1)),
});

/** Counters by event name. */
export const CountersSchema = z.record(z.string().min(1).max(200), EventCounterSchema);

export type EventCounter = z.infer<typeof EventCounterSchema>;
export type Counters = z.infer<typeof CountersSchema>;
