import { BatchSchema, parseEvents, type IngestResult } from '@growthkit/core';
import { authenticate } from '../auth/authenticate.ts';
import { HttpError } from '../http/http-error.ts';
import { readJson } from '../http/read-json.ts';
import type { RequestContext, Route } from '../http/request-context.ts';
import { sendJson } from '../http/respond.ts';

/** Why the batch as a whole is unusable, in words that say what to send instead. */
function batchProblem(body: unknown): string | undefined {
  const parsed = BatchSchema.safeParse(body);
  if (parsed.success) return undefined;
  const issue = parsed.error.issues[0];
  if (issue.path.length === 0) return 'the body must be an object { "events": [ … ] }';
  if (issue.code === 'invalid_type') {
    return (body as { events?: unknown }).events === undefined ? 'is required: send { "events": [ … ] }' : 'must be an array of events';
  }
  return issue.message;
}

async function postEvents(ctx: RequestContext): Promise<void> {
  const { project } = await authenticate(ctx, ['publishable', 'secret']);
  const body = await readJson(ctx.req);
  const problem = batchProblem(body);
  if (problem !== undefined) throw new HttpError(400, { code: 'invalid_batch', message: `events ${problem}`, field: 'events' });

  // Each event stands or falls on its own: the valid ones are stored even when others are rejected.
  const { valid, rejected } = parseEvents((body as { events: unknown[] }).events);
  const { accepted, duplicates } = await ctx.store.insertEvents(project.id, valid, new Date().toISOString());
  const result: IngestResult = { accepted, duplicates, rejected };
  sendJson(ctx.res, 200, result);
}

export const eventsRoutes: Route[] = [{ method: 'POST', path: '/v1/events', handler: postEvents }];
