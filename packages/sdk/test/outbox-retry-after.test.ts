import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createOutbox } from '../src/outbox/outbox.ts';
import { accepted, event, EVENTS_URL, memoryStore, sentNames } from './outbox-support.ts';

beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => void vi.useRealTimers());

/** A collector that refuses the first request (`status`, `retryAfter` made at that moment), then accepts everything. */
function collector(status: number, retryAfter?: (now: number) => string) {
  const refused = { at: 0 };
  const fetch = vi
    .fn(async (_url: string | URL | Request, init?: RequestInit) => accepted(JSON.parse(init!.body as string).events.length))
    .mockImplementationOnce(async () => {
      refused.at = Date.now();
      return new Response('', { status, headers: retryAfter ? { 'retry-after': retryAfter(refused.at) } : {} });
    });
  return { fetch, refused };
}

/** advances the fake clock to `at` (epoch ms) */
const until = (at: number) => vi.advanceTimersByTimeAsync(at - Date.now());

describe('Retry-After on 429 and 503', () => {
  test.each([429, 503])('%i with Retry-After in seconds: nothing goes to the collector before then, forced or not', async (status) => {
    const { fetch, refused } = collector(status, () => '30');
    // jitter 0: the retry is due the moment the collector's wait is over
    const outbox = createOutbox({ store: memoryStore(), fetch, random: () => 0, batchSize: 1, warn: vi.fn() });
    await outbox.add(event('a'), EVENTS_URL);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    await outbox.add(event('b'), EVENTS_URL);
    await outbox.flush();
    await until(refused.at + 29_999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await until(refused.at + 30_000);
    await vi.waitFor(() => expect(sentNames(fetch.mock.calls.slice(1)).flat()).toEqual(['a', 'b']));
    outbox.destroy();
  });

  test('as an HTTP date, with the backoff jitter on top', async () => {
    const { fetch, refused } = collector(429, (now) => new Date(now + 10_000).toUTCString());
    // attempt 1: jitter window 1000 ms, 0.5 of it
    const outbox = createOutbox({ store: memoryStore(), fetch, random: () => 0.5, batchSize: 1, warn: vi.fn() });
    await outbox.add(event('a'), EVENTS_URL);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    // an HTTP date has whole seconds: the wait is counted from the second the date names
    const asked = Math.floor((refused.at + 10_000) / 1000) * 1000;
    await until(asked + 499);
    expect(fetch).toHaveBeenCalledTimes(1);
    await until(asked + 500);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    outbox.destroy();
  });

  test('kept with the events: the next page (or another tab) on the same store waits too', async () => {
    const store = memoryStore();
    const { fetch, refused } = collector(503, () => '60');
    const first = createOutbox({ store, fetch, random: () => 0, batchSize: 1, warn: vi.fn() });
    await first.add(event('a'), EVENTS_URL);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    first.destroy();

    // "reload" 20 s later: a new outbox on the same store, a new event of its own
    await until(refused.at + 20_000);
    const next = createOutbox({ store, fetch, random: () => 0, batchSize: 1, warn: vi.fn() });
    await next.add(event('b'), EVENTS_URL);
    await next.flush();
    await until(refused.at + 59_999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await until(refused.at + 60_000);
    await vi.waitFor(() => expect(sentNames(fetch.mock.calls.slice(1)).flat()).toEqual(['a', 'b']));
    next.destroy();
  });

  test('a 503 without Retry-After: the plain backoff, and an event tracked meanwhile waits for that retry and goes with it', async () => {
    const { fetch, refused } = collector(503);
    // attempt 1: jitter window 1000 ms, 0.5 of it
    const outbox = createOutbox({ store: memoryStore(), fetch, random: () => 0.5, batchSize: 1, warn: vi.fn() });
    await outbox.add(event('a'), EVENTS_URL);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    await outbox.add(event('b'), EVENTS_URL);
    await until(refused.at + 499);
    expect(fetch).toHaveBeenCalledTimes(1);
    await until(refused.at + 500);
    await vi.waitFor(() => expect(sentNames(fetch.mock.calls.slice(1))).toEqual([['a', 'b']]));
    outbox.destroy();
  });

  test('offline, each event tracked tries no request of its own: they wait for the retry, and go at once when forced (back online)', async () => {
    const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
      if (!navigatorOnline) throw new TypeError('Failed to fetch');
      return accepted(JSON.parse(init!.body as string).events.length);
    });
    let navigatorOnline = false;
    const outbox = createOutbox({ store: memoryStore(), fetch, random: () => 0.99, batchSize: 1, warn: vi.fn() });
    await outbox.add(event('a'), EVENTS_URL);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    for (const name of ['b', 'c', 'd', 'e']) await outbox.add(event(name), EVENTS_URL);
    await vi.advanceTimersByTimeAsync(100);
    expect(fetch).toHaveBeenCalledTimes(1);
    navigatorOnline = true;
    // the runtime flushes on the browser's `online` event
    await outbox.flush();
    expect(sentNames(fetch.mock.calls.slice(1)).flat()).toEqual(['a', 'b', 'c', 'd', 'e']);
    outbox.destroy();
  });
});
