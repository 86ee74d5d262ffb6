import { z } from 'zod';
import { InstantSchema } from './instant-schema.ts';

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

/**
 * The end of an event time: Z or an offset within ±14:00, as far as real clocks go (the ISO pattern admits ±23:59, but
 * SQLite's date functions read NULL past ±14:59 and PostgreSQL refuses past ±15:59: such an event would count nowhere).
 */
export const EVENT_TS_OFFSET = /(?:Z|[+-](?:(?:0\d|1[0-3]):[0-5]\d|14:00))$/;
/** An event time's year: from 0001, as PostgreSQL has no year 0 (it would fail the whole batch's insert). */
export const EVENT_TS_YEAR = /^(?!0000)/;

export const EventSchema = z.object({
  id: EventIdSchema,
  type: EventTypeSchema,
  name: z.string().min(1).max(EVENT_LIMITS.name),
  ts: z.iso
    .datetime({ offset: true })
    .regex(EVENT_TS_OFFSET, 'must end in Z or an offset from -14:00 to +14:00')
    .regex(EVENT_TS_YEAR, 'must be in year 0001 or later'),
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

const plan = z.string('must be a plan name (a non-empty string)').min(1, 'must be a plan name (a non-empty string)').max(EVENT_LIMITS.name);
const minorUnits = z.int('must be a non-negative integer of minor units').min(0, 'must be a non-negative integer of minor units');

/**
 * The billing facts a host's server sends (SPEC §9 "Subscription metrics"), amounts monthly in the project's currency,
 * minor units. Their props are checked like the rest of the event, so the metrics report never reads a malformed one;
 * other props may ride along.
 */
export const BillingPropsSchemas = {
  subscription_started: z.looseObject({ plan, mrr: minorUnits }),
  subscription_renewed: z.looseObject({ plan, mrr: minorUnits }),
  plan_changed: z.looseObject({ from: plan, to: plan, mrr_before: minorUnits, mrr_after: minorUnits }),
  subscription_cancelled: z.looseObject({ cause: z.enum(['voluntary', 'involuntary'], 'must be "voluntary" or "involuntary"') }),
  payment_failed: z.looseObject({}),
} as const;

export type BillingEventName = keyof typeof BillingPropsSchemas;
export const BILLING_EVENTS = Object.keys(BillingPropsSchemas) as BillingEventName[];

/** Whether the name is one of the billing facts (SPEC §9), which only a host's server sends. */
export const isBillingEvent = (name: string): name is BillingEventName => Object.hasOwn(BillingPropsSchemas, name);
export type EventInput = z.input<typeof EventSchema>;
export type EventType = z.infer<typeof EventTypeSchema>;

export const BatchSchema = z.object({
  events: z
    .array(z.unknown())
    .min(1, 'must hold at least one event')
    .max(EVENT_LIMITS.batchMax, `must hold at most ${EVENT_LIMITS.batchMax} events`),
  /**
   * The sender's clock when the batch left, as the SDK sends it: a device clock far off is corrected by the difference
   * to the collector's (events keep their order and spacing, and are not rejected as from the future).
   */
  sentAt: InstantSchema.optional(),
});
export type Batch = z.infer<typeof BatchSchema>;

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
 * Only the first problem of an event is reported: enough to fix it, short enough to read. A billing event's props must
 * also fit its schema (BillingPropsSchemas), reported as `props.<field>`.
 */
export function parseEvents(
  events: readonly unknown[],
  check: EventCheck = () => undefined,
): { valid: GrowthEvent[]; rejected: Rejection[] } {
  const valid: GrowthEvent[] = [];
  const rejected: Rejection[] = [];
  events.forEach((raw, index) => {
    const parsed = EventSchema.safeParse(raw);
    if (parsed.success && isBillingEvent(parsed.data.name)) {
      const props = BillingPropsSchemas[parsed.data.name].safeParse(parsed.data.props);
      if (!props.success) {
        const issue = props.error.issues[0];
        rejected.push({ index, field: ['props', ...issue.path].join('.'), message: `${parsed.data.name}: ${issue.message}` });
        return;
      }
    }
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
