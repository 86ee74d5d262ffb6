import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createRequestHandler } from './handle-request.ts';
import { answerClientError } from './http/answer-client-error.ts';
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimitOptions } from './http/rate-limit.ts';
import { seedDemoProject } from './seed/demo-project.ts';
import { openSqliteStore } from './store/sqlite.ts';
import type { Store } from './store/store.ts';

export type { EventPage, InsertResult, Project, Store, StoredEvent } from './store/store.ts';

/** `pnpm build` writes the SDK here (repo root /dist/sdk). */
const DEFAULT_SDK_DIR = fileURLToPath(new URL('../../../dist/sdk/', import.meta.url));

export interface CollectorOptions {
  /** 0 picks a free port */
  port?: number;
  host?: string;
  /** SQLite file, created with its schema when missing */
  dbPath: string;
  /** create the demo project (pk_demo / sk_demo) and its campaign if absent */
  seedDemo?: boolean;
  sdkDir?: string;
  rateLimit?: RateLimitOptions;
}

export interface Collector {
  url: string;
  port: number;
  store: Store;
  close(): Promise<void>;
}

export async function startCollector(options: CollectorOptions): Promise<Collector> {
  const host = options.host ?? '127.0.0.1';
  const store = openSqliteStore(options.dbPath);
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
      // Keep-alive connections would hold close() open (and the port taken) until they time out.
      server.closeAllConnections();
      await closed;
      await store.close();
    },
  };
}
