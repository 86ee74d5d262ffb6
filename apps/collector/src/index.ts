import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createRequestHandler } from './handle-request.ts';
import { EVENT_LIMITS } from '@growthkit/core';
import { answerClientError, answerOnSocket } from './http/answer-client-error.ts';
import { BodyBudget, DEFAULT_BODY_BUDGET } from './http/body-budget.ts';
import { declaredTooLarge } from './http/read-body.ts';
import { sendError } from './http/respond.ts';
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimitOptions } from './http/rate-limit.ts';
import { HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS } from './http/request-timeouts.ts';
import { isLoopbackHost } from './projects/loopback-host.ts';
import { DEMO_PROJECT, seedDemoProject } from './seed/demo-project.ts';
import { openStore, type StoreChoice } from './store/open-store.ts';
import { StorageHealth } from './store/storage-health.ts';
import { watchedWrites } from './store/watched-writes.ts';
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
  /** reverse proxies in front (TLS, a load balancer) whose X-Forwarded-For names the caller's address; default 0 */
  trustedProxies?: number;
  /** bytes of request bodies buffered at once across connections, default DEFAULT_BODY_BUDGET (64 MB); past it, 503 */
  bodyBudget?: number;
  /** how long a request (headers and body) may take to arrive, default REQUEST_TIMEOUT_MS; then 408 */
  requestTimeoutMs?: number;
  /** how long /readyz answers 503 after a storage failure unless a write succeeds first, default STORAGE_FAILURE_HOLD_MS */
  storageFailureHoldMs?: number;
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
  const storage = new StorageHealth(options.storageFailureHoldMs);
  const store = watchedWrites(await openStore(options), storage);
  if (options.seedDemo) await seedDemoProject(store);
  // The demo keys are printed in the README: a reachable collector that accepts them is open to anyone.
  const demo = isLoopbackHost(host) ? undefined : await store.projectBySecretKey(DEMO_PROJECT.secretKey);
  if (demo !== undefined) {
    await store.close();
    throw new Error(
      `the database has a project ("${demo.id}") with the public demo key ${DEMO_PROJECT.secretKey}, which must not be reachable on ${host}: ` +
        `give it new keys with "pnpm collector rotate-keys --project ${demo.id}", or listen on 127.0.0.1`,
    );
  }

  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const handler = createRequestHandler({
    store,
    limiter: new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT),
    trustedProxies: options.trustedProxies ?? 0,
    bodies: new BodyBudget(options.bodyBudget ?? DEFAULT_BODY_BUDGET),
    sdkDir: options.sdkDir ?? DEFAULT_SDK_DIR,
    storage,
  });
  const server = createServer(
    {
      // The handler refuses a missing Host itself, with the JSON error every refusal has.
      requireHostHeader: false,
      requestTimeout,
      headersTimeout: Math.min(HEADERS_TIMEOUT_MS, requestTimeout),
      // how often node looks for requests past those times (default 30 s, as long as the timeout itself)
      connectionsCheckingInterval: Math.min(1_000, requestTimeout / 2),
    },
    handler,
  );
  server.on('clientError', answerClientError);
  // A proxy's CONNECT never reaches the router: without this node drops the connection without a word.
  server.on('connect', (_req, socket) =>
    answerOnSocket(socket, 405, { code: 'method_not_allowed', message: 'CONNECT is not answered here: the collector is no proxy' }),
  );
  // Any Expect but 100-continue: node would answer an empty 417. The body, if sent, is left unread, so the connection ends.
  server.on('checkExpectation', (req, res) =>
    sendError(
      res,
      417,
      {
        code: 'expectation_failed',
        message: `Expect: ${req.headers.expect} is not supported; send none, or 100-continue`,
        field: 'expect',
      },
      { connection: 'close' },
    ),
  );
  // A client that waits for "100 Continue" before sending a body over the limit is refused at once: it then sends
  // nothing, and reads the 413 instead of a broken pipe.
  server.on('checkContinue', (req, res) => {
    const refusal = declaredTooLarge(req, EVENT_LIMITS.bodyBytes);
    if (refusal === undefined) {
      res.writeContinue();
      handler(req, res);
    } else sendError(res, refusal.status, refusal.body, refusal.headers);
  });

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
