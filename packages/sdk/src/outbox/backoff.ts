export interface BackoffOptions {
  /** the window of the first retry, ms */
  base?: number;
  /** the widest window, ms: an offline device retries at least this often */
  cap?: number;
}

/**
 * Exponential backoff with full jitter (AWS architecture blog): the wait is uniform in
 * [0, min(cap, base·2^(attempt−1))), so many tabs coming back online do not retry in lockstep.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random, { base = 1000, cap = 60_000 }: BackoffOptions = {}): number {
  const window = Math.min(cap, base * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * window);
}
