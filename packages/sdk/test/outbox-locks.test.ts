import { describe, expect, test, vi } from 'vitest';
import { createOutbox } from '../src/outbox/outbox.ts';
import { sendLock } from '../src/outbox/send-lock.ts';
import { accepted, event, EVENTS_URL, memoryStore } from './outbox-support.ts';

/** A LockManager with the Web Locks semantics the outbox relies on: one holder per name, others queue. */
function fakeLocks(): LockManager {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request: ((name: string, callback: () => Promise<unknown>) => {
      const run = (tails.get(name) ?? Promise.resolve()).then(() => callback());
      tails.set(
        name,
        run.catch(() => undefined),
      );
      return run;
    }) as LockManager['request'],
    query: async () => ({ held: [], pending: [] }),
  };
}

/** Two tabs on one device: one store, each with its own outbox, fetch answered slowly. */
async function twoTabs(lock: ReturnType<typeof sendLock>) {
  const store = memoryStore();
  const inFlight = new Set<string>();
  const overlaps: string[] = [];
  const sent: string[] = [];
  const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    const ids = (JSON.parse(init!.body as string).events as { id: string }[]).map((e) => e.id);
    for (const id of ids) {
      if (inFlight.has(id)) overlaps.push(id);
      inFlight.add(id);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (const id of ids) inFlight.delete(id);
    sent.push(...ids);
    return accepted(ids.length);
  });
  const tabs = [0, 1].map(() => createOutbox({ store, fetch, lock, warn: vi.fn() }));
  for (let i = 0; i < 10; i++) await tabs[i % 2].add(event(`e${i}`), EVENTS_URL);
  await Promise.all([tabs[0].flush(), tabs[1].flush(), tabs[0].flush()]);
  return { overlaps, sent };
}

describe('one tab sends at a time', () => {
  test('with the Web Locks API, two outboxes on one store never send the same event twice', async () => {
    const { overlaps, sent } = await twoTabs(sendLock(fakeLocks()));
    expect(overlaps).toEqual([]);
    expect(sent).toHaveLength(10);
    expect(new Set(sent).size).toBe(10);
  });

  test('without navigator.locks, the page-level fallback still serialises sends', async () => {
    const { overlaps, sent } = await twoTabs(sendLock(undefined));
    expect(overlaps).toEqual([]);
    expect(new Set(sent).size).toBe(10);
    expect(sent).toHaveLength(10);
  });

  test('sendLock asks the Web Locks API for the "growthkit:send" lock', async () => {
    const locks = fakeLocks();
    const request = vi.spyOn(locks, 'request');
    await sendLock(locks)(async () => 'done');
    expect(request).toHaveBeenCalledWith('growthkit:send', expect.any(Function));
  });

  test('a page of no origin (a sandboxed frame), whose every lock request is refused, still sends: it serialises sends itself', async () => {
    // what Chromium does in <iframe sandbox="allow-scripts">: origin "null", and the Locks API refuses every request
    const refused = fakeLocks();
    refused.request = (() =>
      Promise.reject(new DOMException('Access to the Locks API is denied in this context.', 'SecurityError'))) as never;
    vi.stubGlobal('origin', 'null');
    vi.stubGlobal('navigator', { locks: refused });
    try {
      const { overlaps, sent } = await twoTabs(sendLock());
      expect(overlaps).toEqual([]);
      expect(new Set(sent).size).toBe(10);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
