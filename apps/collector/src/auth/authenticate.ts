import { clientAddress } from '../http/client-address.ts';
import { HttpError } from '../http/http-error.ts';
import { allowOrigin, isOriginAllowed } from '../http/cors.ts';
import type { RequestContext } from '../http/request-context.ts';
import type { Project } from '../store/store.ts';

export type KeyKind = 'publishable' | 'secret';

export interface Caller {
  project: Project;
  kind: KeyKind;
}

const unauthorized = (code: string, message: string) => new HttpError(401, { code, message, field: 'key' });

async function identify(ctx: RequestContext): Promise<Caller & { key: string }> {
  const authorization = ctx.req.headers.authorization;
  if (authorization !== undefined) {
    const key = /^Bearer (sk_\S+)$/.exec(authorization)?.[1];
    if (!key) throw unauthorized('invalid_key', 'Authorization must be "Bearer sk_…" with the project\'s secret key');
    const project = await ctx.store.projectBySecretKey(key);
    if (!project) throw unauthorized('invalid_key', 'the secret key is not known');
    return { project, kind: 'secret', key };
  }
  const key = ctx.url.searchParams.get('key');
  if (!key) throw unauthorized('missing_key', 'send ?key=pk_… (browser) or the header Authorization: Bearer sk_… (server)');
  if (!key.startsWith('pk_')) {
    // A secret key in a URL ends up in logs and browser history: refuse it even when it is right.
    throw unauthorized('invalid_key', '?key must be a publishable key (pk_…); secret keys go in the Authorization header');
  }
  const project = await ctx.store.projectByPublishableKey(key);
  if (!project) throw unauthorized('invalid_key', 'the publishable key is not known');
  return { project, kind: 'publishable', key };
}

/**
 * Resolves the calling project from its key and enforces what that key may do: publishable keys only from the
 * project's allowed origins (when the browser names one), secret keys from anywhere; then the caller's rate limit.
 */
export async function authenticate(ctx: RequestContext, accepts: readonly KeyKind[]): Promise<Caller> {
  const { project, kind, key } = await identify(ctx);
  if (!accepts.includes(kind)) {
    throw new HttpError(403, { code: 'secret_key_required', message: 'this endpoint needs Authorization: Bearer sk_…', field: 'key' });
  }
  const origin = ctx.req.headers.origin;
  // Answers to publishable keys depend on the Origin header, so caches must keep them apart by it.
  if (kind === 'publishable') ctx.res.setHeader('vary', 'Origin');
  if (kind === 'publishable' && origin !== undefined) {
    if (!isOriginAllowed(origin, project.allowedOrigins)) {
      throw new HttpError(403, {
        code: 'origin_not_allowed',
        message: `origin ${origin} is not allowed for this project`,
        field: 'origin',
      });
    }
    allowOrigin(ctx.res, origin);
  }
  const wait = ctx.limiter.take(`${key}|${clientAddress(ctx.req, ctx.trustedProxies)}`);
  if (wait > 0) {
    throw new HttpError(429, { code: 'rate_limited', message: `too many requests; retry in ${wait} s` }, { 'retry-after': String(wait) });
  }
  return { project, kind };
}
