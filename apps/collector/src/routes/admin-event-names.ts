import type { EventNames } from '@growthkit/core';
import { authenticate } from '../auth/authenticate.ts';
import { HttpError } from '../http/http-error.ts';
import type { RequestContext, Route } from '../http/request-context.ts';
import { sendJson } from '../http/respond.ts';

const LIMIT = { min: 1, max: 1000, default: 200 };

/** `limit`: a whole number from 1 to 1000, 200 when absent. */
function namesLimit(raw: string | null): number {
  if (raw === null) return LIMIT.default;
  const limit = Number(raw);
  if (raw.trim() === '' || !Number.isInteger(limit) || limit < LIMIT.min || limit > LIMIT.max)
    throw new HttpError(400, {
      code: 'invalid_query',
      message: `limit must be a whole number from ${LIMIT.min} to ${LIMIT.max}`,
      field: 'limit',
    });
  return limit;
}

/** GET /v1/admin/event-names?limit= (secret key): the project's host event names, most recently seen first (Store.eventNames). */
async function listEventNames(ctx: RequestContext): Promise<void> {
  const { project } = await authenticate(ctx, ['secret']);
  const limit = namesLimit(ctx.url.searchParams.get('limit'));
  const answer: EventNames = { names: await ctx.store.eventNames(project.id, limit) };
  sendJson(ctx.res, 200, answer);
}

export const adminEventNamesRoutes: Route[] = [{ method: 'GET', path: '/v1/admin/event-names', handler: listEventNames }];
