/** the window of the first retry, ms */
const BASE_MS = 1000;
/** the widest window, ms: an offline device retries at least this often */
const CAP_MS = 60_000;

/**
 * Exponential backoff with full jitter (AWS architecture blog): the wait is uniform in
 * [0, min(cap, base·2^(attempt−1))), so many tabs coming back online do not retry in lockstep.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const window = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * window);
}
