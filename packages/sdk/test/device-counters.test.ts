import { expect, test } from 'vitest';
import { EventCounters } from '../src/state/event-counters.ts';
import { UsageMeters } from '../src/state/usage-meters.ts';
import { memoryStore } from './outbox-support.ts';

test('counts per UTC day survive a reload, and events counted before the saved copy loads add to it', async () => {
  const store = memoryStore();
  const first = new EventCounters(store, 'counters');
  await first.load();
  first.count('doc_created', '2026-11-20T10:00:00.000Z');
  first.count('doc_created', '2026-11-22T09:00:00.000Z');
  await new Promise((resolve) => setTimeout(resolve));

  const second = new EventCounters(store, 'counters');
  second.count('doc_created', '2026-11-22T11:00:00.000Z');
  await second.load();
  expect(second.all().doc_created).toEqual({
    total: 3,
    first: '2026-11-20T10:00:00.000Z',
    last: '2026-11-22T11:00:00.000Z',
    days: { '2026-11-20': 1, '2026-11-22': 2 },
  });
});

test('a saved copy from before daily buckets is dropped rather than misread', async () => {
  const store = memoryStore();
  await store.put('kv', { counters: { doc_created: { total: 4, first: '2026-11-01T00:00:00.000Z', last: '2026-11-02T00:00:00.000Z' } } });
  const counters = new EventCounters(store, 'counters');
  await counters.load();
  expect(counters.total('doc_created')).toBe(0);
});

test('a usage report made before the device copy loads keeps the other saved meters', async () => {
  const store = memoryStore();
  const first = new UsageMeters(store, 'usage');
  await first.load();
  first.set('storage_gb', 4, 5);
  first.set('seats', 3, 10);
  await new Promise((resolve) => setTimeout(resolve));

  const second = new UsageMeters(store, 'usage');
  second.set('storage_gb', 4.8, 5);
  await second.load();
  expect(second.all()).toEqual({ storage_gb: { used: 4.8, limit: 5 }, seats: { used: 3, limit: 10 } });
  expect(await store.get('kv', 'usage')).toEqual(second.all());
});
