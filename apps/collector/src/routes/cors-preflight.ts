import { allowOrigin, isOriginAllowed, PREFLIGHT_HEADERS } from '../http/cors.ts';
import { HttpError } from '../http/http-error.ts';
import type { RequestContext, Route } from '../http/request-context.ts';

/**
 * Answers the browser's CORS preflight for /v1/*. The preflight carries the query string but no credentials, so the
 * publishable key in `?key=` is what names the project whose origin allow-list decides.
 */
async function preflight(ctx: RequestContext): Promise<void> {
  const origin = ctx.req.headers.origin;
  const key = ctx.url.searchParams.get('key');
  const project = key?.startsWith('pk_') ? await ctx.store.projectByPublishableKey(key) : undefined;
  if (origin === undefined || !project || !isOriginAllowed(origin, project.allowedOrigins)) {
    throw new HttpError(403, {
      code: 'origin_not_allowed',
      message: `origin ${origin ?? '(none)'} may not call this endpoint with this key`,
      field: 'origin',
    });
  }
  allowOrigin(ctx.res, origin);
  ctx.res.writeHead(204, PREFLIGHT_HEADERS).end();
}

export const corsPreflightRoutes: Route[] = [{ method: 'OPTIONS', path: '/v1/*', handler: preflight }];
