import { createHash } from 'node:crypto';
import { ConfigSchema, type Config } from '@growthkit/core';
import { authenticate } from '../auth/authenticate.ts';
import type { RequestContext, Route } from '../http/request-context.ts';

/** True when the client's cached copy (`If-None-Match`, possibly a list or weak) is the current one. */
function isCurrent(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

async function getConfig(ctx: RequestContext): Promise<void> {
  const { project } = await authenticate(ctx, ['publishable', 'secret']);
  const config: Config = ConfigSchema.parse({
    project: project.id,
    settings: project.settings,
    campaigns: await ctx.store.liveCampaigns(project.id),
  });
  const body = JSON.stringify(config);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  // no-cache: the SDK may keep the copy but must ask each time; the ETag makes asking cheap.
  const headers = { etag, 'cache-control': 'no-cache' };
  if (isCurrent(ctx.req.headers['if-none-match'], etag)) {
    ctx.res.writeHead(304, headers).end();
    return;
  }
  ctx.res
    .writeHead(200, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) })
    .end(body);
}

export const configRoutes: Route[] = [{ method: 'GET', path: '/v1/config', handler: getConfig }];
