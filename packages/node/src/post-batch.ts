import type { IngestResult, ServerEvent } from './server-event.ts';

/** What one POST of a batch came to: answered (maybe with rejected events), worth another try, or refused for good. */
export type PostOutcome =
  | { kind: 'answered'; result: IngestResult }
  | { kind: 'retry'; retryAfter: string | null; reason: string }
  | { kind: 'refused'; reason: string };

/** Statuses that say "not now" rather than "never": timeouts, rate limits and the collector's own failures. */
const isTransient = (status: number) => status === 408 || status === 429 || status >= 500;

export async function postBatch(
  endpoint: string,
  secretKey: string,
  events: readonly ServerEvent[],
  timeoutMs: number,
): Promise<PostOutcome> {
  let response: Response;
  try {
    response = await fetch(new URL('/v1/events', endpoint), {
      method: 'POST',
      headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ events }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    // unreachable, reset or timed out: the batch may or may not have been stored, and its ids make a resend safe
    return { kind: 'retry', retryAfter: null, reason: (error as Error).message };
  }
  const text = await response.text().catch(() => '');
  if (response.ok) {
    try {
      return { kind: 'answered', result: JSON.parse(text) as IngestResult };
    } catch {
      // the connection broke off inside the answer: the ids make a resend safe
      return { kind: 'retry', retryAfter: null, reason: `unreadable answer: ${text.slice(0, 200)}` };
    }
  }
  const reason = `POST /v1/events answered ${response.status}: ${text}`;
  if (isTransient(response.status)) return { kind: 'retry', retryAfter: response.headers.get('retry-after'), reason };
  return { kind: 'refused', reason };
}
