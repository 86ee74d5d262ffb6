import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import { extname } from 'node:path';
import sirv from 'sirv';
import { sendStrictPage } from '../../demo/strict-page.ts';

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
  /** stylesheets made for this run, by URL path (the host's header offset stylesheet) */
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
  const dirs = Object.entries(site.dirs).map(([prefix, dir]) => ({ prefix, files: sirv(dir, { dev: true }) }));
  const notFound = (res: ServerResponse) => void res.writeHead(404).end('not found');
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    const made = values.files?.[path];
    if (made !== undefined) return void res.writeHead(200, { 'content-type': 'text/css' }).end(made);
    if (!extname(path)) {
      const page = (nonce: string) =>
        html.replaceAll('__GROWTHKIT_SNIPPET__', values.snippet).replaceAll('__NONCE__', nonce).replaceAll('__COLLECTOR__', collector);
      return sendStrictPage(res, page, { collector, styleSrc: site.styleSrc });
    }
    const served = dirs.find(({ prefix }) => path.startsWith(prefix));
    if (!served) return notFound(res);
    // the directory's files by their path below its prefix
    req.url = req.url!.slice(served.prefix.length - 1);
    served.files(req, res, () => notFound(res));
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
