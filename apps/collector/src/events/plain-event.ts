import { BillingPropsSchemas, EVENT_LIMITS, EventContextSchema, EventSchema, EventTypeSchema, type GrowthEvent } from '@growthkit/core';

// The schema's generic walk costs several times what these direct checks do, and ingest runs it for every event: the
// common event is checked here, by the schema's own limits, and anything else goes to the schema, which words the problem.
const ID = /^[A-Za-z0-9_-]{8,64}$/;
const TYPES = new Set<string>(EventTypeSchema.options);
const TS = EventSchema.shape.ts.def.pattern!;
const REF_MAX = EventSchema.shape.anonymousId.maxLength!;
const NAME_MAX = EventSchema.shape.name.maxLength!;
const HASH_MAX = EventSchema.shape.hash.unwrap().maxLength!;
const REFS = ['userId', 'accountId', 'sessionId', 'campaignId', 'experiment', 'variant'] as const;
const KEYS = new Set(Object.keys(EventSchema.shape));
const CONTEXT_MAX = Object.entries(EventContextSchema.shape).map(([key, schema]) => [key, schema.unwrap().maxLength!] as const);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isRef = (value: unknown): value is string => typeof value === 'string' && value.length >= 1 && value.length <= REF_MAX;

/** The context as the schema returns it: its known fields first, in the schema's order, then the others as sent. */
function plainContext(context: Record<string, unknown>): GrowthEvent['context'] {
  const plain: Record<string, unknown> = {};
  for (const [key, max] of CONTEXT_MAX) {
    const value = context[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.length > max) return undefined;
    plain[key] = value;
  }
  for (const key of Object.keys(context)) if (!Object.hasOwn(plain, key)) plain[key] = context[key];
  return plain;
}

/**
 * The event exactly as EventSchema parses it (same fields in the same order, props copied, the context's fields
 * reordered as the schema does) when it passes every rule of the schema, or undefined when it may not: then the schema
 * decides. A billing event and any field the schema does not know always go to the schema. Call it only on an event
 * that rawEventProblem let through.
 */
export function plainEvent(raw: unknown): GrowthEvent | undefined {
  if (!isRecord(raw)) return undefined;
  for (const key of Object.keys(raw)) if (!KEYS.has(key)) return undefined;
  const { id, type, name, ts, anonymousId, props, context, hash } = raw;
  if (typeof id !== 'string' || !ID.test(id)) return undefined;
  if (typeof type !== 'string' || !TYPES.has(type)) return undefined;
  if (typeof name !== 'string' || name.length < 1 || name.length > NAME_MAX || Object.hasOwn(BillingPropsSchemas, name)) return undefined;
  if (typeof ts !== 'string' || !TS.test(ts) || !isRef(anonymousId)) return undefined;
  const event: Record<string, unknown> = { id, type, name, ts, anonymousId };
  for (const key of REFS) {
    const value = raw[key];
    if (value === undefined) continue;
    if (!isRef(value)) return undefined;
    event[key] = value;
  }
  if (props === undefined) event.props = {};
  else if (isRecord(props) && JSON.stringify(props).length <= EVENT_LIMITS.propsBytes) event.props = { ...props };
  else return undefined;
  if (context !== undefined) {
    const plain = isRecord(context) ? plainContext(context) : undefined;
    if (plain === undefined) return undefined;
    event.context = plain;
  }
  if (hash !== undefined) {
    if (typeof hash !== 'string' || hash.length > HASH_MAX) return undefined;
    event.hash = hash;
  }
  return event as GrowthEvent;
}
