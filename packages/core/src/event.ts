import { z } from 'zod';

export const EVENT_LIMITS = {
  /** events in one POST /v1/events */
  batchMax: 500,
  /** bytes of one request body */
  bodyBytes: 1_000_000,
  /** bytes of one event's props once serialised */
  propsBytes: 16_384,
  name: 200,
  idLength: 128,
} as const;

export const EventIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 characters of A–Z, a–z, 0–9, "_" or "-"');

const ref = z.string().min(1).max(EVENT_LIMITS.idLength);

export const EventTypeSchema = z.enum(['track', 'identify', 'group', 'page', 'widget']);

export const EventContextSchema = z
  .object({
    url: z.string().max(2048).optional(),
    path: z.string().max(2048).optional(),
    referrer: z.string().max(2048).optional(),
    locale: z.string().max(35).optional(),
    sdkVersion: z.string().max(32).optional(),
    userAgent: z.string().max(512).optional(),
  })
  .loose();

export const EventSchema = z.object({
  id: EventIdSchema,
  type: EventTypeSchema,
  name: z.string().min(1).max(EVENT_LIMITS.name),
  ts: z.iso.datetime({ offset: true }),
  anonymousId: ref,
  userId: ref.optional(),
  accountId: ref.optional(),
  sessionId: ref.optional(),
  campaignId: ref.optional(),
  experiment: ref.optional(),
  variant: ref.optional(),
  props: z
    .record(z.string(), z.unknown())
    .refine((props) => JSON.stringify(props).length <= EVENT_LIMITS.propsBytes, {
      message: `must serialise to at most ${EVENT_LIMITS.propsBytes} bytes`,
    })
    .default({}),
  context: EventContextSchema.optional(),
  /** the identify hash proving `userId` when the project turns on identity verification; checked, never stored */
  hash: z.string().max(EVENT_LIMITS.idLength).optional(),
});

export type GrowthEvent = z.infer<typeof EventSchema>;
export type EventInput = z.input<typeof EventSchema>;
export type EventType = z.infer<typeof EventTypeSchema>;

export const BatchSchema = z.object({
  events: z
    .array(z.unknown())
    .min(1, 'must hold at least one event')
    .max(EVENT_LIMITS.batchMax, `must hold at most ${EVENT_LIMITS.batchMax} events`),
});

export interface Rejection {
  index: number;
  /** dotted path of the offending field, e.g. "ts" or "props" */
  field: string;
  message: string;
}

/** What POST /v1/events answers with 200. */
export interface IngestResult {
  accepted: number;
  duplicates: number;
  rejected: Rejection[];
}

/** A rule beyond the schema that an event must also pass (e.g. the collector's identity check); undefined = passes. */
export type EventCheck = (event: GrowthEvent) => Omit<Rejection, 'index'> | undefined;

/**
 * Validates each event of a batch on its own, so one bad event never costs the good ones.
 * Only the first problem of an event is reported: enough to fix it, short enough to read.
 */
export function parseEvents(
  events: readonly unknown[],
  check: EventCheck = () => undefined,
): { valid: GrowthEvent[]; rejected: Rejection[] } {
  const valid: GrowthEvent[] = [];
  const rejected: Rejection[] = [];
  events.forEach((raw, index) => {
    const parsed = EventSchema.safeParse(raw);
    if (parsed.success) {
      const problem = check(parsed.data);
      if (problem === undefined) valid.push(parsed.data);
      else rejected.push({ index, ...problem });
      return;
    }
    const issue = parsed.error.issues[0];
    rejected.push({ index, field: issue.path.join('.') || '(event)', message: issue.message });
  });
  return { valid, rejected };
}
