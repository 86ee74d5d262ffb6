import {
  EVENT_LIMITS,
  EVENT_TS_OFFSET,
  EVENT_TS_YEAR,
  EventContextSchema,
  EventSchema,
  EventTypeSchema,
  isBillingEvent,
  type GrowthEvent,
} from '@growthkit/core';
import { storableText } from './well-formed-text.ts';

// The schema's generic walk costs several times what these direct checks do, and ingest runs it for every event: the
// common event is checked here, by the schema's own limits and rawEventProblem's rules, and anything else goes to those
// two, which word the problem.
const ID = /^[A-Za-z0-9_-]{8,64}$/;
const TYPES = new Set<string>(EventTypeSchema.options);
const TS = EventSchema.shape.ts.def.pattern!;
const REF_MAX = EventSchema.shape.anonymousId.maxLength!;
const NAME_MAX = EventSchema.shape.name.maxLength!;
const HASH_MAX = EventSchema.shape.hash.unwrap().maxLength!;
const REFS = ['userId', 'accountId', 'sessionId', 'campaignId', 'experiment', 'variant'] as const;
const KEYS = new Set(Object.keys(EventSchema.shape));
const CONTEXT_MAX = Object.entries(EventContextSchema.shape).map(([key, schema]) => [key, schema.unwrap().maxLength!] as const);

/** Levels below the event that props and context are followed here; deeper ones go to rawEventProblem and the schema. */
const NESTING_MAX = 8;
/** The longest text JSON.stringify gives a number: "-0.0000012345678901234567". */
const NUMBER_TEXT_MAX = 25;
/** The most characters JSON.stringify writes for one character of a string ("\u001f"). */
const ESCAPE_MAX = 6;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
// The id, type and timestamp patterns admit ASCII only; every other string must be storable as sent (storableText).
const isText = (value: unknown): value is string => typeof value === 'string' && storableText(value);
const isRef = (value: unknown): value is string => isText(value) && value.length >= 1 && value.length <= REF_MAX;
const isKey = (key: string) => key !== '__proto__' && storableText(key);

/**
 * At least the length of JSON.stringify(value), for a value parsed from JSON, or undefined when it holds what
 * rawEventProblem refuses (a "__proto__" key, text that is not well-formed Unicode or holds U+0000, a number past a double's range), a
 * value JSON has no text for, or nests past NESTING_MAX. A bound is enough for the props limit: the common props are far within it, and are then
 * serialised only once, when stored.
 */
function textBound(value: unknown, depth: number): number | undefined {
  if (typeof value === 'string') return storableText(value) ? 2 + ESCAPE_MAX * value.length : undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? NUMBER_TEXT_MAX : undefined;
  if (typeof value === 'boolean') return 'false'.length;
  if (value === null) return 'null'.length;
  if (typeof value !== 'object' || depth >= NESTING_MAX) return undefined;
  // the brackets, then each entry with a separator after it (one more than the text has)
  let bound = 2;
  if (Array.isArray(value)) {
    for (const item of value) {
      const itemBound = textBound(item, depth + 1);
      if (itemBound === undefined) return undefined;
      bound += itemBound + 1;
    }
    return bound;
  }
  for (const key of Object.keys(value)) {
    const entryBound = isKey(key) ? textBound((value as Record<string, unknown>)[key], depth + 1) : undefined;
    if (entryBound === undefined) return undefined;
    bound += 2 + ESCAPE_MAX * key.length + 1 + entryBound + 1;
  }
  return bound;
}

/** The context as the schema returns it: its known fields first, in the schema's order, then the others as sent. */
function plainContext(context: Record<string, unknown>): GrowthEvent['context'] {
  const plain: Record<string, unknown> = {};
  for (const [key, max] of CONTEXT_MAX) {
    const value = context[key];
    if (value === undefined) continue;
    if (!isText(value) || value.length > max) return undefined;
    plain[key] = value;
  }
  for (const key of Object.keys(context)) {
    if (Object.hasOwn(plain, key)) continue;
    if (!isKey(key) || textBound(context[key], 2) === undefined) return undefined;
    plain[key] = context[key];
  }
  return plain;
}

/** Whether props are within their limit: by a bound when it is far enough within, else by their text. */
function propsFit(props: Record<string, unknown>): boolean {
  const bound = textBound(props, 1);
  if (bound === undefined) return false;
  return bound <= EVENT_LIMITS.propsBytes || JSON.stringify(props).length <= EVENT_LIMITS.propsBytes;
}

/**
 * The event exactly as EventSchema parses it (same fields in the same order, props copied, the context's fields
 * reordered as the schema does) when it passes every rule of the schema and rawEventProblem finds nothing in it, or
 * undefined when it may not: then those two decide. A billing event, any field the schema does not know and props or
 * context nested deeper than NESTING_MAX always go to them. Safe on any value JSON.parse returns.
 */
export function plainEvent(raw: unknown): GrowthEvent | undefined {
  if (!isRecord(raw)) return undefined;
  for (const key of Object.keys(raw)) if (!KEYS.has(key)) return undefined;
  const { id, type, name, ts, anonymousId, props, context, hash } = raw;
  if (typeof id !== 'string' || !ID.test(id)) return undefined;
  if (typeof type !== 'string' || !TYPES.has(type)) return undefined;
  if (!isText(name) || name.length < 1 || name.length > NAME_MAX || isBillingEvent(name)) return undefined;
  if (typeof ts !== 'string' || !TS.test(ts) || !EVENT_TS_OFFSET.test(ts) || !EVENT_TS_YEAR.test(ts) || !isRef(anonymousId))
    return undefined;
  const event: Record<string, unknown> = { id, type, name, ts, anonymousId };
  for (const key of REFS) {
    const value = raw[key];
    if (value === undefined) continue;
    if (!isRef(value)) return undefined;
    event[key] = value;
  }
  if (props === undefined) event.props = {};
  else if (isRecord(props) && propsFit(props)) event.props = { ...props };
  else return undefined;
  if (context !== undefined) {
    const plain = isRecord(context) ? plainContext(context) : undefined;
    if (plain === undefined) return undefined;
    event.context = plain;
  }
  if (hash !== undefined) {
    if (!isText(hash) || hash.length > HASH_MAX) return undefined;
    event.hash = hash;
  }
  return event as GrowthEvent;
}
