// @vitest-environment happy-dom
import { beforeEach, expect, test } from 'vitest';
import { localValues } from '../src/local-values.ts';
import { EventCounters } from '../src/state/event-counters.ts';
import { UsageMeters } from '../src/state/usage-meters.ts';
import { ValueLedger } from '../src/state/value-ledger.ts';

/** lets the end-of-task save run */
const taskEnd = () => new Promise((resolve) => setTimeout(resolve));

beforeEach(() => localStorage.clear());

test('counts per UTC day survive a reload, and events counted on the next page view add to them', async () => {
  const first = new EventCounters(localValues(), 'counters:pk');
  first.count('doc_created', '2026-11-20T10:00:00.000Z');
  first.count('doc_created', '2026-11-22T09:00:00.000Z');
  await taskEnd();

  const second = new EventCounters(localValues(), 'counters:pk');
  second.count('doc_created', '2026-11-22T11:00:00.000Z');
  expect(second.all().doc_created).toEqual({
    total: 3,
    first: '2026-11-20T10:00:00.000Z',
    last: '2026-11-22T11:00:00.000Z',
    days: { '2026-11-20': 1, '2026-11-22': 2 },
  });
  // per project: another key on the same page sees none of them
  expect(new EventCounters(localValues(), 'counters:pk_other').total('doc_created')).toBe(0);
});

test('one user in two tabs: each tab counts on top of what the other saved, so no count is lost', async () => {
  // two tabs of one origin: two copies of the record over one localStorage, each read when its page loaded
  const first = new EventCounters(localValues(), 'counters:pk');
  const second = new EventCounters(localValues(), 'counters:pk');
  first.count('report_generated', '2026-11-22T09:00:00.000Z');
  await taskEnd();
  second.count('report_generated', '2026-11-22T09:05:00.000Z');
  second.count('report_generated', '2026-11-22T09:06:00.000Z');
  await taskEnd();
  first.count('doc_created', '2026-11-22T09:10:00.000Z');
  await taskEnd();
  expect(second.total('report_generated')).toBe(3);
  expect(first.all().report_generated).toMatchObject({ total: 3, days: { '2026-11-22': 3 } });
  expect(new EventCounters(localValues(), 'counters:pk').all()).toMatchObject({
    report_generated: { total: 3, first: '2026-11-22T09:00:00.000Z', last: '2026-11-22T09:06:00.000Z' },
    doc_created: { total: 1 },
  });
});

test('the value ledger of two tabs adds up the same way', async () => {
  const first = new ValueLedger(localValues(), 'values', 'UTC');
  const second = new ValueLedger(localValues(), 'values', 'UTC');
  first.count('report_sent', '2026-11-22T09:00:00.000Z');
  await taskEnd();
  second.count('report_sent', '2026-11-22T10:00:00.000Z');
  await taskEnd();
  expect(new ValueLedger(localValues(), 'values', 'UTC').all().totals).toEqual({ report_sent: 2 });
});

test('a copy of an older format that another tab saved is not counted on', async () => {
  const counters = new EventCounters(localValues(), 'counters:pk');
  localStorage.setItem('growthkit:counters:pk', JSON.stringify({ doc_created: { total: 4, first: '2026-11-01T00:00:00.000Z' } }));
  counters.count('doc_created', '2026-11-22T09:00:00.000Z');
  expect(counters.total('doc_created')).toBe(1);
});

test('a saved copy from before daily buckets is dropped rather than misread', () => {
  localStorage.setItem(
    'growthkit:counters',
    JSON.stringify({ doc_created: { total: 4, first: '2026-11-01T00:00:00.000Z', last: '2026-11-02T00:00:00.000Z' } }),
  );
  expect(new EventCounters(localValues(), 'counters').total('doc_created')).toBe(0);
});

test('the value ledger keeps its per-day counts across a reload', async () => {
  new ValueLedger(localValues(), 'values', 'UTC').count('report_sent', '2026-11-22T09:00:00.000Z');
  await taskEnd();
  expect(new ValueLedger(localValues(), 'values', 'UTC').all().totals).toEqual({ report_sent: 1 });
});

test('a usage report on the next page view keeps the other saved meters', async () => {
  const first = new UsageMeters(localValues(), 'usage');
  first.set('storage_gb', 4, 5);
  first.set('seats', 3, 10);
  await taskEnd();

  const second = new UsageMeters(localValues(), 'usage');
  second.set('storage_gb', 4.8, 5);
  await taskEnd();
  expect(second.all()).toEqual({ storage_gb: { used: 4.8, limit: 5 }, seats: { used: 3, limit: 10 } });
  expect(new UsageMeters(localValues(), 'usage').all()).toEqual(second.all());
});
