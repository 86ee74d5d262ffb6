import type { RequestContext, Route } from '../http/request-context.ts';
import { sendJson } from '../http/respond.ts';

async function health(ctx: RequestContext): Promise<void> {
  sendJson(ctx.res, 200, { ok: true });
}

export const healthRoutes: Route[] = [{ method: 'GET', path: '/healthz', handler: health }];
