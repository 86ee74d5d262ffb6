import { z } from 'zod';

/** One host event name the project has stored: how many events carry it and the time of the latest (its `ts`, UTC). */
export const EventNameSchema = z.object({
  name: z.string(),
  count: z.int().min(1),
  lastSeen: z.iso.datetime(),
});

/** The answer of `GET /v1/admin/event-names?limit=` (docs/API.md): the names most recently seen first. */
export const EventNamesSchema = z.object({
  names: z.array(EventNameSchema),
});

export type EventName = z.infer<typeof EventNameSchema>;
export type EventNames = z.infer<typeof EventNamesSchema>;
