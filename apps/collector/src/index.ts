import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createRequestHandler } from './handle-request.ts';
import { answerClientError } from './http/answer-client-error.ts';
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimitOptions } from './http/rate-limit.ts';
import { seedDemoProject } from './seed/demo-project.ts';
import { openStore, type StoreChoice } from './store/open-store.ts';
import type { Store } from './store/store.ts';

export type { EventPage, InsertResult, Project, Store, StoredEvent } from './store/store.ts';
export { openStore, type StoreChoice } from './store/open-store.ts';

/** `pnpm build` writes the SDK here (repo root /dist/sdk). */
const DEFAULT_SDK_DIR = fileURLToPath(new URL('../../../dist/sdk/', import.meta.url));

/** Storage: `store`, else `databaseUrl` (PostgreSQL), else `dbPath` (SQLite) — see StoreChoice. */
export interface CollectorOptions extends StoreChoice {
  /** 0 picks a free port */
  port?: number;
  host?: string;
  /** create the demo project (pk_demo / sk_demo) and its campaign if absent */
  seedDemo?: boolean;
  sdkDir?: string;
  /** requests per second and burst per key and address (default DEFAULT_RATE_LIMIT); false: no limit */
  rateLimit?: RateLimitOptions | false;
}

/** How long close() lets requests in progress finish before it cuts their connections. */
const CLOSE_GRACE_MS = 2_000;

export interface Collector {
  url: string;
  port: number;
  store: Store;
  close(): Promise<void>;
}

export async function startCollector(options: CollectorOptions): Promise<Collector> {
  const host = options.host ?? '127.0.0.1';
  const store = await openStore(options);
  if (options.seedDemo) await seedDemoProject(store);

  const server = createServer(
    // The handler refuses a missing Host itself, with the JSON error every refusal has.
    { requireHostHeader: false },
    createRequestHandler({
      store,
      limiter: new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT),
      sdkDir: options.sdkDir ?? DEFAULT_SDK_DIR,
    }),
  );
  server.on('clientError', answerClientError);

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await store.close();
    throw error;
  }

  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    store,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Requests being handled are answered; idle keep-alive connections would hold close() open (and the port
      // taken) until they time out, so they are cut now, and whatever is still open after the grace period too.
      server.closeIdleConnections();
      const grace = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
      await closed;
      clearTimeout(grace);
      // Requests that were being handled have been answered by now (server.close waits for them); the store then
      // finishes any write still in flight before it lets the database go.
      await store.close();
    },
  };
}
