import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A host app as its integrator ships it: its own files, its npm packages' files and one HTML page. */
export interface HostSite {
  /** URL path prefix (ending in "/") → the directory it is served from */
  dirs: Record<string, string>;
  /** the HTML page: "/" and, for an app that routes with the History API, every path without an extension */
  page: string;
  /** extra `style-src` sources the host itself needs (never GrowthKit), each explained where the site is declared */
  styleSrc?: string[];
}

export interface HostPageValues {
  /** the collector the loader tag and the snippet point at */
  collectorUrl: string;
  /** the body of the snippet's inline script (official-snippet.ts) */
  snippet: string;
  /** files made for this run, by URL path (the host's header offset stylesheet) */
  files?: Record<string, string>;
}

export interface HostServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a host site on loopback under a strict Content Security Policy: scripts only from the host itself, the
 * collector and the page's nonce (the snippet, an import map); no 'unsafe-inline' or 'unsafe-eval' for scripts, no
 * Trusted Types (none of these hosts is written for them). GrowthKit must work with nothing added for it beyond the
 * collector's origin. The page's `__NONCE__`, `__COLLECTOR__` and `__GROWTHKIT_SNIPPET__` are filled per request.
 */
export async function serveHost(site: HostSite, values: HostPageValues): Promise<HostServer> {
  const html = await readFile(site.page, 'utf8');
  const collector = new URL(values.collectorUrl).origin;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    const made = values.files?.[path];
    if (made !== undefined) return void res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/plain' }).end(made);
    const prefix = Object.keys(site.dirs).find((dir) => path.startsWith(dir));
    if (prefix && extname(path)) {
      const root = site.dirs[prefix];
      const file = normalize(join(root, path.slice(prefix.length)));
      try {
        if (!file.startsWith(root)) throw new Error('outside the site');
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
      } catch {
        res.writeHead(404).end('not found');
      }
      return;
    }
    if (extname(path)) return void res.writeHead(404).end('not found');
    const nonce = randomBytes(16).toString('base64');
    res
      .writeHead(200, {
        'content-type': TYPES['.html'],
        'cache-control': 'no-store',
        'content-security-policy': [
          "default-src 'self'",
          `script-src 'self' 'nonce-${nonce}' ${collector}`,
          ["style-src 'self'", ...(site.styleSrc ?? [])].join(' '),
          `connect-src 'self' ${collector}`,
          "img-src 'self' data:",
          "object-src 'none'",
          "base-uri 'none'",
        ].join('; '),
      })
      .end(html.replaceAll('__GROWTHKIT_SNIPPET__', values.snippet).replaceAll('__NONCE__', nonce).replaceAll('__COLLECTOR__', collector));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
