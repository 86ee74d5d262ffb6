import { HttpError } from './http-error.ts';

/**
 * Bytes of request bodies buffered at once, across every connection: without a cap, many uploads stalled just under
 * the body limit hold that much memory each until they time out. Past the cap a body is refused with 503 and
 * Retry-After, so a client tries again once the others are through.
 */
export class BodyBudget {
  private used = 0;

  constructor(readonly capacity: number) {}

  /** Takes `bytes` of the budget, or throws the 503 that refuses the body when they would pass the capacity. */
  take(bytes: number): void {
    if (this.used + bytes > this.capacity) {
      throw new HttpError(
        503,
        {
          code: 'busy',
          message: `the collector is already holding ${this.capacity} bytes of request bodies, its limit; retry in a second`,
        },
        // the rest of the body is not read, so this connection cannot carry another request
        { 'retry-after': '1', connection: 'close' },
      );
    }
    this.used += bytes;
  }

  give(bytes: number): void {
    this.used -= bytes;
  }
}

/** 64 full bodies of 1 MB at once: far above what the SDK's small batches need, far below what hurts the process. */
export const DEFAULT_BODY_BUDGET = 64_000_000;
