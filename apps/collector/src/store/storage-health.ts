import { errorFields, logLine, type RequestWhere } from '../http/log-line.ts';

/** After a storage failure, readiness stays 503 this long unless a write succeeds first. */
const STORAGE_FAILURE_HOLD_MS = 10_000;

/**
 * Whether the database has been failing requests, for readiness and the log. A run of failures is logged once, at
 * its first failure (a full disk would otherwise log every request), and its end once, at the next successful write.
 * Readiness cannot wait for that write alone: a load balancer sends no traffic to a collector that is not ready, so
 * after `holdMs` without a failure it answers ready again and the next writes tell.
 */
export class StorageHealth {
  #failures = 0;
  #lastFailureAt = 0;

  constructor(
    private readonly holdMs: number = STORAGE_FAILURE_HOLD_MS,
    private readonly now: () => number = Date.now,
  ) {}

  failed(error: unknown, where: RequestWhere): void {
    this.#lastFailureAt = this.now();
    this.#failures += 1;
    if (this.#failures > 1) return;
    logLine('error', 'storage_failing', {
      ...where,
      ...errorFields(error),
      note: 'answered 503 with Retry-After; further storage failures are not logged until a write succeeds',
    });
  }

  succeeded(): void {
    if (this.#failures === 0) return;
    logLine('info', 'storage_recovered', { failedRequests: this.#failures });
    this.#failures = 0;
  }

  get failing(): boolean {
    return this.#failures > 0 && this.now() - this.#lastFailureAt < this.holdMs;
  }
}
