import { authenticate } from '../auth/authenticate.ts';
import { HttpError } from '../http/http-error.ts';
import { limitQuery } from '../http/limit-query.ts';
import type { RequestContext, Route } from '../http/request-context.ts';
import { sendJson } from '../http/respond.ts';

const LIMIT = { min: 1, max: 1000, fallback: 100 };

async function listEvents(ctx: RequestContext): Promise<void> {
  const { project } = await authenticate(ctx, ['secret']);
  const limit = limitQuery(ctx.url.searchParams, LIMIT);
  const after = ctx.url.searchParams.get('after') ?? undefined;
  if (after !== undefined && !ctx.store.isCursor(after)) {
    throw new HttpError(400, { code: 'invalid_query', message: "after must be a previous page's next cursor", field: 'after' });
  }
  sendJson(ctx.res, 200, await ctx.store.listEvents(project.id, { after, limit }));
}

export const adminEventsRoutes: Route[] = [{ method: 'GET', path: '/v1/admin/events', handler: listEvents }];
