import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { entityTag, matchesIfNoneMatch } from '../http/entity-tag.ts';
import { HttpError } from '../http/http-error.ts';
import type { RequestContext, Route } from '../http/request-context.ts';

export const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Vite names chunks `name-<8-character hash>.js`: such a file never changes, so it may be cached for good. The hash
 * must hold a capital, digit or "_" so that a plain word like `-checklist.js` is not mistaken for one.
 */
export const HASHED_NAME = /-(?=[A-Za-z0-9_-]*[A-Z0-9_])[A-Za-z0-9_-]{8}\.(js|mjs|css)$/;

/**
 * Each file's tag, computed once per version of the file (its size and modification time), so a revalidation that
 * matches is answered from a stat, without reading the file.
 */
const tags = new Map<string, { version: string; tag: string }>();

const notFound = (path: string) => new HttpError(404, { code: 'not_found', message: `no SDK file at ${path}` });

async function sdkFile(ctx: RequestContext): Promise<void> {
  const { pathname } = ctx.url;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice('/sdk/'.length));
  } catch {
    throw notFound(pathname);
  }
  const root = resolve(ctx.sdkDir);
  const file = resolve(root, relative);
  // Encoded "..", backslashes and absolute paths all resolve outside the root and are refused here.
  if (relative.includes('\0') || !file.startsWith(root + sep)) {
    throw new HttpError(400, { code: 'invalid_path', message: 'SDK paths must stay inside /sdk/' });
  }
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw notFound(pathname);
  const version = `${info.size}:${info.mtimeMs}`;
  let known = tags.get(file);
  let body: Buffer | undefined;
  if (known?.version !== version) {
    body = await readFile(file);
    known = { version, tag: entityTag(body) };
    tags.set(file, known);
  }
  const headers = {
    etag: known.tag,
    'cache-control': HASHED_NAME.test(file) ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    // served as script to any page: a browser must not guess another type for it
    'x-content-type-options': 'nosniff',
    // The SDK loads on any customer's site; these files hold no secrets.
    'access-control-allow-origin': '*',
    // A cross-origin isolated host (COEP require-corp, for SharedArrayBuffer) loads the snippet's script tag, a no-cors
    // request, only from a server that says any site may embed the file.
    'cross-origin-resource-policy': 'cross-origin',
  };
  // After its 5 minutes a browser asks again with the tag it holds: unchanged, the answer is 304 and no bytes.
  if (matchesIfNoneMatch(ctx.req.headers['if-none-match'], known.tag)) {
    ctx.res.writeHead(304, headers).end();
    return;
  }
  body ??= await readFile(file);
  ctx.res
    .writeHead(200, {
      ...headers,
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
    })
    .end(body);
}

export const sdkFilesRoutes: Route[] = [{ method: 'GET', path: '/sdk/*', handler: sdkFile }];
