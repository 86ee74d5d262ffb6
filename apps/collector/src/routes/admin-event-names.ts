import type { EventNames } from '@growthkit/core';
import { authenticate } from '../auth/authenticate.ts';
import { limitQuery } from '../http/limit-query.ts';
import type { RequestContext, Route } from '../http/request-context.ts';
import { sendJson } from '../http/respond.ts';

const LIMIT = { min: 1, max: 1000, fallback: 200 };

/** GET /v1/admin/event-names?limit= (secret key): the project's host event names, most recently seen first (Store.eventNames). */
async function listEventNames(ctx: RequestContext): Promise<void> {
  const { project } = await authenticate(ctx, ['secret']);
  const limit = limitQuery(ctx.url.searchParams, LIMIT);
  const answer: EventNames = { names: await ctx.store.eventNames(project.id, limit) };
  sendJson(ctx.res, 200, answer);
}

export const adminEventNamesRoutes: Route[] = [{ method: 'GET', path: '/v1/admin/event-names', handler: listEventNames }];
