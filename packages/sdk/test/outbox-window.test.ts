import { expect, test, vi } from 'vitest';
import type { GrowthEvent } from '@growthkit/core';
import { createOutbox } from '../src/outbox/outbox.ts';
import type { OutboxStore } from '../src/outbox/outbox-store.ts';
import { accepted, event, EVENTS_URL, memoryStore } from './outbox-support.ts';

test('1,200 events queued offline all go out once the network is back, oldest first, though no read holds more than 500', async () => {
  const kept = memoryStore();
  let largestRead = 0;
  // the store the outbox sees: the same entries, each read measured
  const store: OutboxStore = {
    ...kept,
    all: async <T>(count?: number) => {
      const entries = await kept.all<T>(count);
      largestRead = Math.max(largestRead, entries.length);
      return entries;
    },
  };
  let online = false;
  const delivered: string[] = [];
  const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    if (!online) throw new TypeError('Failed to fetch');
    const events = JSON.parse(init!.body as string).events as GrowthEvent[];
    delivered.push(...events.map(({ name }) => name));
    return accepted(events.length);
  });
  const outbox = createOutbox({ store, fetch, random: () => 0, warn: vi.fn() });
  const names = Array.from({ length: 1_200 }, (_, index) => `e${String(index).padStart(4, '0')}`);
  for (const name of names) await outbox.add(event(name), EVENTS_URL);
  await outbox.flush();

  online = true;
  // a forced flush sends what the window holds, then reads the next window, until nothing is left
  for (let round = 0; round < 10 && (await kept.all()).length > 0; round++) await outbox.flush();
  expect(await kept.all()).toEqual([]);
  expect(delivered).toEqual(names);
  expect(largestRead).toBeLessThanOrEqual(500);
  outbox.destroy();
  // 1,200 writes one by one, as a page makes them: about 2 s in CI, twice that on a busy machine
}, 15_000);
