/** the longest wait honoured, ms: a wrong header must not keep events on the device for good */
const MAX_MS = 3_600_000;

/** How long the collector asked to be left alone (Retry-After: seconds or an HTTP date), ms; 0 when it did not say. */
export function retryAfter(header: string | null, now = Date.now()): number {
  const seconds = Number(header);
  const wait = header && Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header!) - now;
  return Math.min(MAX_MS, Math.max(0, wait || 0));
}
