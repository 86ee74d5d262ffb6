const MAX_BACKOFF_MS = 30_000;

/**
 * How long to wait before try `attempt + 1` of a batch: what the collector asked for in Retry-After (seconds or an
 * HTTP date), else exponential backoff from `baseMs`, capped at 30 s, with jitter so servers that lost the collector
 * together do not all come back in the same instant.
 */
export function retryDelay(attempt: number, baseMs: number, retryAfter: string | null, now = Date.now()): number {
  if (retryAfter !== null) {
    const seconds = Number(retryAfter);
    const asked = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(retryAfter) - now;
    if (Number.isFinite(asked)) return Math.max(asked, 0);
  }
  const backoff = Math.min(baseMs * 2 ** (attempt - 1), MAX_BACKOFF_MS);
  return backoff / 2 + Math.random() * (backoff / 2);
}
