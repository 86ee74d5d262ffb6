import { createServer, type Server } from 'node:http';
import { readFile, realpath } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ServerEvents } from '@growthkit/node';
import sirv from 'sirv';
import { sendBilling } from './billing.ts';
import { sendStrictPage } from './strict-page.ts';
import { upgrade } from './upgrade.ts';

const DIST = fileURLToPath(new URL('../dist/demo/', import.meta.url));

/**
 * Serves the built demo under a strict Content Security Policy (no 'unsafe-inline', no 'unsafe-eval', Trusted Types),
 * with a fresh nonce per page for the snippet, the way a careful customer would; and its server routes, the upgrade and
 * "Send billing events" (demo/billing.ts), which report to the collector with the demo project's secret key (`sk_demo`
 * unless given).
 */
export async function startDemo(options: {
  collectorUrl: string;
  port?: number;
  secretKey?: string;
}): Promise<{ url: string; close(): Promise<void> }> {
  // the build it started with, by its own folder: its page, read once, names that build's files, which a later
  // `pnpm build` keeps beside the new one (scripts/swapped-out-dir.ts)
  const dist = await realpath(DIST);
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const collector = new URL(options.collectorUrl).origin;
  const assets = sirv(dist);
  const events = new ServerEvents({ endpoint: collector, secretKey: options.secretKey ?? 'sk_demo' });
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://demo').pathname;
    if (req.method === 'POST' && path === '/api/upgrade') {
      await upgrade(req, res, events);
      return;
    }
    if (req.method === 'POST' && path === '/api/billing') {
      sendBilling(res, events);
      return;
    }
    if (extname(path) && extname(path) !== '.html') return assets(req, res, () => void res.writeHead(404).end('not found'));
    // Every other path is a route of the single-page app.
    sendStrictPage(res, (nonce) => html.replaceAll('__NONCE__', nonce).replaceAll('__COLLECTOR__', collector), {
      collector,
      trustedTypes: true,
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await events.close();
    },
  };
}
