export interface RateLimitOptions {
  /** tokens added per second */
  perSecond: number;
  /** most tokens a bucket holds: the largest burst allowed after a quiet spell */
  burst: number;
}

/** Generous enough that tests, the demo and the ingest benchmark never meet it; abuse still does. */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { perSecond: 2_000, burst: 4_000 };

/**
 * The command line's `--rate-limit N`: N requests a second per key and address, in bursts of up to 2N; 0 turns the
 * limit off (`false`), for a benchmark or a collector behind a proxy that limits already.
 */
export const rateLimitOf = (perSecond: number): RateLimitOptions | false => (perSecond === 0 ? false : { perSecond, burst: 2 * perSecond });

const MAX_BUCKETS = 10_000;

/** One token bucket per caller (key + IP); `false` lets every request through. */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly options: RateLimitOptions | false) {}

  /** Takes a token for `caller`. @returns 0 when allowed, else the seconds to wait before the next try */
  take(caller: string, now = Date.now()): number {
    if (!this.options) return 0;
    const { perSecond, burst } = this.options;
    const bucket = this.buckets.get(caller) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    if (this.buckets.size >= MAX_BUCKETS && !this.buckets.has(caller)) this.forgetIdle(now);
    this.buckets.set(caller, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / perSecond);
  }

  /** Drops buckets that would be full by now: forgetting them changes nothing, and memory stays bounded. */
  private forgetIdle(now: number): void {
    if (!this.options) return;
    const { perSecond, burst } = this.options;
    for (const [caller, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * perSecond >= burst) this.buckets.delete(caller);
    }
  }
}
