// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { GrowthEvent } from '@growthkit/core';
import { localJournal } from '../src/outbox/journal.ts';
import { createOutbox, type OutboxEntry } from '../src/outbox/outbox.ts';
import type { OutboxStore } from '../src/outbox/outbox-store.ts';
import { accepted, event, EVENTS_URL, memoryStore } from './outbox-support.ts';

beforeEach(() => localStorage.clear());

const journalKeys = () => Object.keys(localStorage).filter((key) => key.startsWith('growthkit:journal:'));
const journaled = () => journalKeys().flatMap((key) => JSON.parse(localStorage.getItem(key)!) as OutboxEntry[]);
const sentIds = (fetch: { mock: { calls: unknown[][] } }) =>
  fetch.mock.calls.flatMap(([, init]) => (JSON.parse((init as RequestInit).body as string).events as GrowthEvent[]).map((e) => e.id));

/** A page that goes before IndexedDB commits: its writes never finish. */
const goneBeforeCommit = (): OutboxStore => ({ put: () => new Promise(() => {}), delete: async () => {}, all: async () => [] as never });

describe('the outbox journal (localStorage, written in the task that tracked)', () => {
  test('events are journaled before the task ends, and the next page sends them with the same ids', async () => {
    const first = createOutbox({ store: goneBeforeCommit(), fetch: vi.fn(), warn: vi.fn() });
    const events = ['a', 'b', 'c'].map(event);
    for (const e of events) void first.add(e, EVENTS_URL);
    // the end of the task (its microtasks) is before any navigation it started
    await Promise.resolve();
    expect(journalKeys()).toHaveLength(1);
    expect(journaled().map((entry) => entry.event.id)).toEqual(events.map((e) => e.id));
    first.destroy();

    const fetch = vi.fn(async () => accepted(3));
    const next = createOutbox({ store: memoryStore(), fetch, warn: vi.fn() });
    await next.flush();
    next.destroy();
    expect(sentIds(fetch)).toEqual(events.map((e) => e.id));
    expect(journalKeys()).toEqual([]);
  });

  test('once the events are in the store, their journal is gone; one key per task, not one per event', async () => {
    const setItem = vi.spyOn(localStorage, 'setItem');
    const outbox = createOutbox({ store: memoryStore(), fetch: vi.fn(), warn: vi.fn() });
    const writes = ['a', 'b', 'c'].map((name) => outbox.add(event(name), EVENTS_URL));
    await Promise.all(writes);
    outbox.destroy();
    expect(setItem.mock.calls.filter(([key]) => key.startsWith('growthkit:journal:'))).toHaveLength(1);
    expect(journalKeys()).toEqual([]);
    setItem.mockRestore();
  });

  test('a journal entry the store already has is sent once, not twice (the same id)', async () => {
    const store = memoryStore();
    const e = event('both');
    await store.put({ [e.id]: { event: e, url: EVENTS_URL, attempts: 0, nextAt: 0, seq: 1 } });
    localStorage.setItem('growthkit:journal:gone:0', JSON.stringify([{ event: e, url: EVENTS_URL, attempts: 0, nextAt: 0, seq: 1 }]));
    const fetch = vi.fn(async () => accepted(1));
    const outbox = createOutbox({ store, fetch, warn: vi.fn() });
    await outbox.flush();
    outbox.destroy();
    expect(sentIds(fetch)).toEqual([e.id]);
  });

  test('a journal that cannot be read (corrupt) is dropped and the outbox goes on', async () => {
    localStorage.setItem('growthkit:journal:gone:0', '{not json');
    const fetch = vi.fn(async () => accepted(1));
    const outbox = createOutbox({ store: memoryStore(), fetch, warn: vi.fn() });
    await outbox.add(event('after'), EVENTS_URL);
    await outbox.flush();
    outbox.destroy();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(journalKeys()).toEqual([]);
  });

  test('without localStorage nothing is journaled and events still go out', async () => {
    const fetch = vi.fn(async () => accepted(1));
    const blocked = localJournal(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const outbox = createOutbox({ store: memoryStore(), fetch, journal: blocked, warn: vi.fn() });
    await outbox.add(event('a'), EVENTS_URL);
    await outbox.flush();
    outbox.destroy();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  test('props that do not serialise (a cycle) are not journaled, and nothing throws', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const entry: OutboxEntry = { event: { ...event('cyclic'), props: cyclic }, url: EVENTS_URL, attempts: 0, nextAt: 0, seq: 0 };
    const journal = localJournal();
    expect(() => journal.write({ cyclic: entry })()).not.toThrow();
    expect(journalKeys()).toEqual([]);
  });

  test('bounded: while the store does not answer, one page journals at most 500,000 characters', () => {
    const journal = localJournal();
    const big = (name: string): Record<string, OutboxEntry> => ({
      [name]: { event: { ...event(name), props: { text: 'x'.repeat(300_000) } }, url: EVENTS_URL, attempts: 0, nextAt: 0, seq: 0 },
    });
    const removeFirst = journal.write(big('first'));
    journal.write(big('second'));
    expect(journalKeys()).toHaveLength(1);
    removeFirst();
    journal.write(big('third'));
    expect(journaled().map((entry) => entry.event.name)).toEqual(['third']);
  });
});

describe('beacons when the page goes', () => {
  test('pieces of at most 15,000 characters, and none after the keepalive budget refuses one', async () => {
    const bodies: string[] = [];
    const sendBeacon = vi.fn((_url: string, body: string) => {
      bodies.push(body);
      return bodies.length < 3;
    });
    vi.stubGlobal('navigator', { ...navigator, sendBeacon });
    const outbox = createOutbox({ store: memoryStore(), fetch: vi.fn(), batchSize: 1000, warn: vi.fn() });
    for (let i = 0; i < 200; i++) void outbox.add({ ...event(`e${i}`), props: { note: 'save and continue' } }, EVENTS_URL);
    outbox.beacon();
    outbox.destroy();
    vi.unstubAllGlobals();
    expect(sendBeacon).toHaveBeenCalledTimes(3);
    for (const body of bodies) expect(body.length).toBeLessThanOrEqual(15_000);
    const events = bodies.flatMap((body) => (JSON.parse(body) as { events: GrowthEvent[] }).events.map((e) => e.name));
    expect(events).toEqual(events.map((_, i) => `e${i}`));
  });
});
