import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HttpError } from '../http/http-error.ts';
import type { RequestContext, Route } from '../http/request-context.ts';
import { CONTENT_TYPES, HASHED_NAME } from './sdk-files.ts';

/** `pnpm build` writes the console here (repo root /dist/console, apps/console/vite.config.ts). */
const CONSOLE_DIR = resolve(fileURLToPath(new URL('../../../../dist/console/', import.meta.url)));
/** every build the console's build keeps (scripts/swapped-out-dir.ts): the current one and the one it replaced */
const CONSOLE_BUILDS = `${CONSOLE_DIR}.builds`;

/**
 * The console holds the secret key in the tab: its page allows only its own files and its own API, no inline script
 * or style, no framing, and Trusted Types so nothing can write HTML into it.
 */
const PAGE_HEADERS = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

async function send(ctx: RequestContext, file: string, headers: Record<string, string>): Promise<void> {
  const body = await readFile(file);
  ctx.res
    .writeHead(200, {
      ...headers,
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': String(body.length),
    })
    .end(body);
}

/** The file a /console/assets/… path names; undefined when it is not valid percent-encoding or leaves the folder. */
function assetFile(pathname: string): string | undefined {
  try {
    const file = resolve(CONSOLE_DIR, `.${decodeURIComponent(pathname.slice('/console'.length))}`);
    return file.startsWith(CONSOLE_DIR + sep) && !file.includes('\0') ? file : undefined;
  } catch {
    return undefined;
  }
}

const isFile = async (file: string) => (await stat(file).catch(() => undefined))?.isFile() === true;

/**
 * Where the asset `file` of the current build is found: there, or for a hashed name that build lacks, in the build it
 * replaced. A tab opened before `pnpm build` still loads that build's pages (their chunks load as they are visited),
 * which the new build no longer has.
 */
async function foundAsset(file: string): Promise<string | undefined> {
  if (await isFile(file)) return file;
  if (!HASHED_NAME.test(file)) return undefined;
  const path = relative(CONSOLE_DIR, file);
  for (const build of await readdir(CONSOLE_BUILDS).catch(() => [])) {
    const kept = join(CONSOLE_BUILDS, build, path);
    if (await isFile(kept)) return kept;
  }
  return undefined;
}

/**
 * The console's files under /console/assets/…; every other path under /console is one of its pages, which the app
 * routes itself (History API), so each gets index.html.
 */
async function consoleFile(ctx: RequestContext): Promise<void> {
  const index = resolve(CONSOLE_DIR, 'index.html');
  if (!(await isFile(index)))
    throw new HttpError(404, { code: 'console_not_built', message: 'the console is not built: run pnpm build, then reload' });
  const { pathname } = ctx.url;
  if (pathname.startsWith('/console/assets/')) {
    const named = assetFile(pathname);
    const file = named === undefined ? undefined : await foundAsset(named);
    if (file === undefined) throw new HttpError(404, { code: 'not_found', message: `no console file at ${pathname}` });
    await send(ctx, file, {
      'cache-control': HASHED_NAME.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    return;
  }
  // The page names the current build's files, so it is asked for again each time (cheap, and never stale).
  await send(ctx, index, { ...PAGE_HEADERS, 'cache-control': 'no-cache' });
}

export const consoleFilesRoutes: Route[] = [
  { method: 'GET', path: '/console', handler: consoleFile },
  { method: 'GET', path: '/console/*', handler: consoleFile },
];
