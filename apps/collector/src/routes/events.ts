import {
  type Batch,
  BatchSchema,
  EVENT_LIMITS,
  InstantSchema,
  parseEvents,
  type EventCheck,
  type GrowthEvent,
  type IngestResult,
  type Rejection,
} from '@growthkit/core';
import { authenticate, type Caller } from '../auth/authenticate.ts';
import { identityHashProblem } from '../auth/identity-hash.ts';
import { billingKeyCheck } from '../events/billing-key-check.ts';
import { clockSkew, onCollectorClock } from '../events/clock-skew.ts';
import { plainEvent } from '../events/plain-event.ts';
import { rawEventProblem } from '../events/raw-event-problem.ts';
import { eventTimeCheck } from '../events/event-time-check.ts';
import { HttpError } from '../http/http-error.ts';
import { readJson } from '../http/read-json.ts';
import type { RequestContext, Route } from '../http/request-context.ts';
import { sendJson } from '../http/respond.ts';
import type { InsertResult } from '../store/store.ts';

/** Why the batch as a whole is unusable (the field, and words that say what to send instead). */
function batchProblem(body: unknown): { field: string; message: string } | undefined {
  // The common body, checked directly: the schema walks every event only to find each is something.
  const batch = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Partial<Batch>) : {};
  const { events, sentAt } = batch;
  const eventsFine = Array.isArray(events) && events.length > 0 && events.length <= EVENT_LIMITS.batchMax;
  if (eventsFine && (sentAt === undefined || InstantSchema.safeParse(sentAt).success)) return undefined;
  const parsed = BatchSchema.safeParse(body);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  if (issue.path.length === 0) return { field: 'events', message: 'the body must be an object { "events": [ … ] }' };
  if (issue.path[0] === 'sentAt')
    return { field: 'sentAt', message: "must be an ISO 8601 instant with Z or an offset: the sender's clock when the batch left" };
  if (issue.code === 'invalid_type')
    return { field: 'events', message: events === undefined ? 'is required: send { "events": [ … ] }' : 'must be an array of events' };
  return { field: 'events', message: issue.message };
}

/**
 * With identity verification on, a browser must prove each event's `userId` with its `hash`, as for state. Anonymous
 * events prove nothing, and a server holding the secret key is trusted with any user.
 */
function identityCheck({ project, kind }: Caller): EventCheck {
  if (!project.settings.identityVerification || kind !== 'publishable') return () => undefined;
  return ({ userId, hash }) => {
    const problem = userId === undefined ? undefined : identityHashProblem(userId, hash, project.secretKey);
    return problem && { field: 'hash', message: problem.message };
  };
}

/**
 * Each event checked on its own, in order: taken as it is when plainEvent finds every rule met, else rejected by
 * rawEventProblem when unsafe to parse, else parsed by core's parseEvents (which words the problem).
 */
function checkEvents(events: readonly unknown[], check: EventCheck): { valid: GrowthEvent[]; rejected: Rejection[] } {
  const valid: GrowthEvent[] = [];
  const rejected: Rejection[] = [];
  events.forEach((event, index) => {
    const plain = plainEvent(event);
    if (plain !== undefined) {
      const failed = check(plain);
      if (failed === undefined) valid.push(plain);
      else rejected.push({ index, ...failed });
      return;
    }
    const problem = rawEventProblem(event);
    if (problem !== undefined) {
      rejected.push({ index, ...problem });
      return;
    }
    const parsed = parseEvents([event], check);
    valid.push(...parsed.valid);
    rejected.push(...parsed.rejected.map((rejection) => ({ ...rejection, index })));
  });
  return { valid, rejected };
}

/** The event as kept: the hash only proves the user id. Most events carry none, and are kept as they are. */
function withoutHash(event: GrowthEvent): GrowthEvent {
  if (event.hash === undefined) return event;
  const { hash: _proof, ...kept } = event;
  return kept;
}

/**
 * The batch checked and its valid events handed to the store. Only what the answer needs outlives this call: an async
 * handler keeps every local alive across its awaits, and the parsed batch held until the commit would be copied by
 * each garbage collection in between.
 */
function storeBatch(ctx: RequestContext, caller: Caller, body: unknown): { stored: Promise<InsertResult>; rejected: Rejection[] } {
  const problem = batchProblem(body);
  if (problem !== undefined)
    throw new HttpError(400, { code: 'invalid_batch', message: `${problem.field} ${problem.message}`, field: problem.field });
  const batch = body as Batch;

  // Each event stands or falls on its own: the valid ones are stored even when others are rejected.
  const now = Date.now();
  const billing = billingKeyCheck(caller);
  const identity = identityCheck(caller);
  const time = eventTimeCheck(ctx.store.retentionDays, now);
  const skew = clockSkew(batch.sentAt, now);
  const { valid, rejected } = checkEvents(
    batch.events,
    (event) => billing(event) ?? identity(event) ?? time(onCollectorClock(event, skew)),
  );
  const kept = valid.map((event) => withoutHash(onCollectorClock(event, skew)));
  return { stored: ctx.store.insertEvents(caller.project.id, kept, new Date(now).toISOString()), rejected };
}

async function postEvents(ctx: RequestContext): Promise<void> {
  const caller = await authenticate(ctx, ['publishable', 'secret']);
  // the body passed on, not kept in a local (see storeBatch)
  const { stored, rejected } = storeBatch(ctx, caller, await readJson(ctx.req, ctx.bodies));
  const { accepted, duplicates } = await stored;
  const result: IngestResult = { accepted, duplicates, rejected };
  sendJson(ctx.res, 200, result);
}

export const eventsRoutes: Route[] = [{ method: 'POST', path: '/v1/events', handler: postEvents }];
