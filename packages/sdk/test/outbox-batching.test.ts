import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createOutbox } from '../src/outbox/outbox.ts';
import { accepted, event, EVENTS_URL, memoryStore, sentNames } from './outbox-support.ts';

beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => void vi.useRealTimers());

const setup = (batchSize = 3) => {
  const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => accepted(JSON.parse(init!.body as string).events.length));
  const outbox = createOutbox({ store: memoryStore(), fetch, batchSize, warn: vi.fn() });
  return { fetch, outbox };
};

describe('outbox batching', () => {
  test('a full batch goes out at once, without waiting for the timer', async () => {
    const { fetch, outbox } = setup();
    for (const name of ['a', 'b', 'c']) await outbox.add(event(name), EVENTS_URL);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    expect(sentNames(fetch.mock.calls)).toEqual([['a', 'b', 'c']]);
  });

  test('fewer events than a batch wait for the timer, then go together in order', async () => {
    const { fetch, outbox } = setup();
    await outbox.add(event('a'), EVENTS_URL);
    await outbox.add(event('b'), EVENTS_URL);
    await vi.advanceTimersByTimeAsync(999);
    expect(fetch).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    expect(sentNames(fetch.mock.calls)).toEqual([['a', 'b']]);
  });

  test('a sent event is not sent again', async () => {
    const { fetch, outbox } = setup();
    await outbox.add(event('a'), EVENTS_URL);
    await outbox.flush();
    await outbox.add(event('b'), EVENTS_URL);
    await outbox.flush();
    expect(sentNames(fetch.mock.calls)).toEqual([['a'], ['b']]);
  });

  test('requests go with keepalive, as JSON text with no header that would need a CORS preflight, to the URL with the key, saying when they left', async () => {
    const { fetch, outbox } = setup();
    const tracked = event('a');
    await outbox.add(tracked, EVENTS_URL);
    await outbox.flush();
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(EVENTS_URL);
    expect(init).toMatchObject({ method: 'POST', keepalive: true });
    expect(init).not.toHaveProperty('headers');
    // the device's clock at sending: the collector corrects times from a clock that is far off by it
    expect(JSON.parse(init!.body as string)).toEqual({ events: [tracked], sentAt: new Date(Date.now()).toISOString() });
  });

  test('a failed send is retried after the backoff, not before', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response('', { status: 503 }))
      .mockResolvedValue(accepted(1));
    const outbox = createOutbox({ store: memoryStore(), fetch, random: () => 0.5, warn: vi.fn() });
    await outbox.add(event('a'), EVENTS_URL);
    await vi.advanceTimersByTimeAsync(1000);
    expect(fetch).toHaveBeenCalledTimes(1);
    // attempt 1: window 1000 ms, jitter 0.5 → 500 ms
    await vi.advanceTimersByTimeAsync(499);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
  });
});
