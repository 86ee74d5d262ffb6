import { authenticate } from '../auth/authenticate.ts';
import { HttpError } from '../http/http-error.ts';
import type { RequestContext, Route } from '../http/request-context.ts';
import { sendJson } from '../http/respond.ts';

const LIMIT = { min: 1, max: 1000, default: 100 };

function pageLimit(raw: string | null): number {
  if (raw === null) return LIMIT.default;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < LIMIT.min || limit > LIMIT.max) {
    throw new HttpError(400, {
      code: 'invalid_query',
      message: `limit must be a whole number from ${LIMIT.min} to ${LIMIT.max}`,
      field: 'limit',
    });
  }
  return limit;
}

async function listEvents(ctx: RequestContext): Promise<void> {
  const { project } = await authenticate(ctx, ['secret']);
  const limit = pageLimit(ctx.url.searchParams.get('limit'));
  const after = ctx.url.searchParams.get('after') ?? undefined;
  if (after !== undefined && !ctx.store.isCursor(after)) {
    throw new HttpError(400, { code: 'invalid_query', message: "after must be a previous page's next cursor", field: 'after' });
  }
  sendJson(ctx.res, 200, await ctx.store.listEvents(project.id, { after, limit }));
}

export const adminEventsRoutes: Route[] = [{ method: 'GET', path: '/v1/admin/events', handler: listEvents }];
