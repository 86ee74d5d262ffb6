import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StorageHealth } from '../store/storage-health.ts';
import type { Store } from '../store/store.ts';
import type { BodyBudget } from './body-budget.ts';
import type { RequestWhere } from './log-line.ts';
import type { RateLimiter } from './rate-limit.ts';

/** What every handler gets: the exchange, the parsed URL and the collector's shared parts. */
export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** the request's id, method and path, for a log line about it */
  where: RequestWhere;
  store: Store;
  limiter: RateLimiter;
  /** reverse proxies in front of the collector, whose X-Forwarded-For names the caller (client-address.ts) */
  trustedProxies: number;
  /** the bytes of request bodies buffered at once, shared by every connection */
  bodies: BodyBudget;
  /** folder served under /sdk/ */
  sdkDir: string;
  /** whether the database has been failing requests (readiness) */
  storage: StorageHealth;
}

export type Handler = (ctx: RequestContext) => Promise<void>;

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'OPTIONS';
  /** an exact path, a path with `:name` segments (e.g. `/v1/admin/users/:userId`), or a prefix ending in `/*` */
  path: string;
  handler: Handler;
}
