import { expect, test, vi } from 'vitest';
import { createOutbox } from '../src/outbox/outbox.ts';
import { accepted, event, EVENTS_URL, memoryStore, sentNames } from './outbox-support.ts';

/** the events of a request, as the collector reads them */
const batchOf = (init?: RequestInit) => JSON.parse(init!.body as string).events as unknown[];

test('a request never answered is given up after the timeout and its events go out again: it does not hold the send lock', async () => {
  let abandoned = false;
  const fetch = vi
    .fn(async (_url: string | URL | Request, init?: RequestInit) => accepted(batchOf(init).length))
    // a middlebox that swallows the request: no answer, ever, unless the sender gives up on it
    .mockImplementationOnce(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => {
            abandoned = true;
            reject(init.signal?.reason);
          }),
        ),
    );
  const outbox = createOutbox({ store: memoryStore(), fetch, random: () => 0, batchSize: 1, timeoutMs: 50, warn: vi.fn() });
  await outbox.add(event('a'), EVENTS_URL);
  await vi.waitFor(() => expect(abandoned).toBe(true), { timeout: 2_000 });
  await vi.waitFor(() => expect(sentNames(fetch.mock.calls)).toEqual([['a'], ['a']]), { timeout: 2_000 });
  outbox.destroy();
});

test('a failed batch is retried as one batch though the clock ticks while its retries are set', async () => {
  // the three clock readings right after the failed answer are each 5 ms later than the one before
  const real = Date.now.bind(Date);
  let offset = 0;
  let ticking = 0;
  const clock = vi.spyOn(Date, 'now').mockImplementation(() => {
    if (ticking > 0) {
      ticking -= 1;
      offset += 5;
    }
    return real() + offset;
  });
  const fetch = vi
    .fn(async (_url: string | URL | Request, init?: RequestInit) => accepted(batchOf(init).length))
    .mockImplementationOnce(async () => {
      ticking = 3;
      return new Response('', { status: 500 });
    });
  try {
    const outbox = createOutbox({ store: memoryStore(), fetch, random: () => 0.1, batchSize: 3, warn: vi.fn() });
    for (const name of ['a', 'b', 'c']) void outbox.add(event(name), EVENTS_URL);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2), { timeout: 3_000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sentNames(fetch.mock.calls)).toEqual([
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
    ]);
    outbox.destroy();
  } finally {
    clock.mockRestore();
  }
});

test('a failed batch is retried as one batch, whatever the jitter draws', async () => {
  const fetch = vi
    .fn(async (_url: string | URL | Request, init?: RequestInit) => accepted(batchOf(init).length))
    .mockImplementationOnce(async () => new Response('', { status: 500 }));
  // every draw different: one draw per event would split the retry into three requests at three times
  let draws = 0;
  const random = () => {
    draws += 1;
    return (draws % 3) / 10;
  };
  const outbox = createOutbox({ store: memoryStore(), fetch, random, batchSize: 3, warn: vi.fn() });
  for (const name of ['a', 'b', 'c']) void outbox.add(event(name), EVENTS_URL);
  await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(2), { timeout: 3_000 });
  expect(sentNames(fetch.mock.calls)).toEqual([
    ['a', 'b', 'c'],
    ['a', 'b', 'c'],
  ]);
  outbox.destroy();
});
