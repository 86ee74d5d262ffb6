import 'fake-indexeddb/auto';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { GrowthEvent } from '@growthkit/core';
import { createOutbox, type OutboxEntry } from '../src/outbox/outbox.ts';
import { openOutboxStore } from '../src/outbox/outbox-store.ts';
import { event, EVENTS_URL } from './outbox-support.ts';

let up = false;
const received: GrowthEvent[] = [];
const server = setupServer(
  http.post('http://collector.test/v1/events', async ({ request }) => {
    if (!up) return new HttpResponse(null, { status: 503 });
    const { events } = (await request.json()) as { events: GrowthEvent[] };
    received.push(...events.filter((e) => e.name !== 'bad'));
    const rejected = events.flatMap((e, index) => (e.name === 'bad' ? [{ index, field: 'name', message: 'not allowed' }] : []));
    return HttpResponse.json({ accepted: events.length - rejected.length, duplicates: 0, rejected });
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('outbox persistence in IndexedDB', () => {
  test('events written while the collector is down survive a reload and are each sent once when it is back', async () => {
    const dbName = `persist-${Math.random()}`;
    const warn = vi.fn();
    const firstPage = createOutbox({ store: openOutboxStore(dbName), warn, random: () => 0 });
    const names = ['a', 'b', 'bad', 'c'];
    for (const name of names) await firstPage.add(event(name), EVENTS_URL);
    await firstPage.flush();
    firstPage.destroy();
    expect(received).toEqual([]);
    const waiting = await openOutboxStore(dbName).all<OutboxEntry>();
    expect(waiting.map((entry) => entry.event.name).sort()).toEqual([...names].sort());
    expect(waiting.every((entry) => entry.attempts === 1)).toBe(true);

    // "Reload": a new outbox on the same database; the collector is back.
    up = true;
    const store = openOutboxStore(dbName);
    const nextPage = createOutbox({ store, warn });
    await nextPage.flush();
    nextPage.destroy();

    expect(received.map((e) => e.name)).toEqual(['a', 'b', 'c']);
    expect(await store.all()).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][1]).toContain('refused 1 event(s), dropped; e.g. name: not allowed');
  });

  test('events an earlier version queued (its own IndexedDB code, with a kv store beside the outbox) still go out', async () => {
    up = true;
    received.length = 0;
    const dbName = `earlier-${Math.random()}`;
    const queued: OutboxEntry = { event: event('queued_before_upgrade'), url: EVENTS_URL, attempts: 2, nextAt: 0, seq: 1 };
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(dbName, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('outbox');
        request.result.createObjectStore('kv');
      };
      request.onerror = () => reject(request.error);
      request.onsuccess = () => {
        const tx = request.result.transaction('outbox', 'readwrite');
        tx.objectStore('outbox').put(queued, queued.event.id);
        tx.oncomplete = () => {
          request.result.close();
          resolve();
        };
      };
    });

    const store = openOutboxStore(dbName);
    const outbox = createOutbox({ store, warn: vi.fn() });
    await outbox.flush();
    outbox.destroy();
    expect(received.map((e) => e.name)).toEqual(['queued_before_upgrade']);
    expect(await store.all()).toEqual([]);
  });

  test('when IndexedDB cannot be opened, events still go out (memory)', async () => {
    up = true;
    received.length = 0;
    const store = openOutboxStore('broken', () => Promise.reject(new DOMException('denied', 'SecurityError')));
    const outbox = createOutbox({ store, warn: vi.fn() });
    await outbox.add(event('private_mode'), EVENTS_URL);
    await outbox.flush();
    expect(received.map((e) => e.name)).toEqual(['private_mode']);
  });

  test('when opening IndexedDB throws at once (a sandboxed frame, a server rendering the page), events go to memory and nothing rejects unheard later', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const store = openOutboxStore('throws', () => {
        throw new DOMException('access to the Indexed Database API is denied in this context', 'SecurityError');
      });
      const kept = store.put({ kept: 1 });
      // past the 3 s an open is given before the store settles for memory
      await vi.advanceTimersByTimeAsync(5_000);
      await kept;
      for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
      expect(await store.all()).toEqual([1]);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
      process.off('unhandledRejection', unhandled);
    }
  });

  test('when IndexedDB fails after opening, the store falls back to memory and keeps working', async () => {
    const store = openOutboxStore(`fails-${Math.random()}`);
    await store.put({ x: 1 });
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    await store.put({ y: 2 });
    spy.mockRestore();
    expect(await store.all()).toEqual([2]);
  });

  test('in memory, a page whose Object.prototype has an enumerable method (legacy libraries) gets its events sent, and no error', async () => {
    up = true;
    received.length = 0;
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    Object.defineProperty(Object.prototype, 'legacyHelper', { value() {}, enumerable: true, configurable: true, writable: true });
    try {
      const store = openOutboxStore('no-indexeddb', () => Promise.reject(new DOMException('denied', 'SecurityError')));
      const outbox = createOutbox({ store, warn: vi.fn() });
      await outbox.add(event('legacy_page'), EVENTS_URL);
      await outbox.flush();
      expect(received.map((e) => e.name)).toEqual(['legacy_page']);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      delete (Object.prototype as { legacyHelper?: unknown }).legacyHelper;
      process.off('unhandledRejection', unhandled);
    }
  });
});
