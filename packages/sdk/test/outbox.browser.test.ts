import { expect, test } from 'vitest';
import type { GrowthEvent } from '@growthkit/core';
import { newId } from '../src/event-id.ts';
import { createOutbox, type OutboxEntry } from '../src/outbox/outbox.ts';
import { sendLock } from '../src/outbox/send-lock.ts';
import { openOutboxStore } from '../src/outbox/outbox-store.ts';

const URL_ = `${location.origin}/v1/events?key=pk_test`;
const event = (name: string): GrowthEvent => ({
  id: newId(),
  type: 'track',
  name,
  ts: new Date().toISOString(),
  anonymousId: 'anon',
  props: {},
});

test('two outboxes on the real IndexedDB and Web Locks deliver every event exactly once', async () => {
  expect(navigator.locks).toBeDefined();
  const dbName = `browser-outbox-${newId()}`;
  const inFlight = new Set<string>();
  const overlaps: string[] = [];
  const sent: string[] = [];
  let up = false;
  const fetch: typeof globalThis.fetch = async (_url, init) => {
    const ids = (JSON.parse(init!.body as string).events as GrowthEvent[]).map((e) => e.id);
    if (!up) return new Response(null, { status: 503 });
    for (const id of ids) {
      if (inFlight.has(id)) overlaps.push(id);
      inFlight.add(id);
    }
    await new Promise((resolve) => setTimeout(resolve, 30));
    for (const id of ids) inFlight.delete(id);
    sent.push(...ids);
    return Response.json({ accepted: ids.length, duplicates: 0, rejected: [] });
  };
  // Two "tabs": separate connections to one database, one origin-wide lock.
  const tabs = [0, 1].map(() =>
    createOutbox({ store: openOutboxStore(dbName), fetch, lock: sendLock(navigator.locks), random: () => 0, warn: () => {} }),
  );
  for (let i = 0; i < 30; i++) await tabs[i % 2].add(event(`e${i}`), URL_);
  await Promise.all(tabs.map((tab) => tab.flush()));
  expect(sent).toEqual([]);
  expect(await openOutboxStore(dbName).all<OutboxEntry>()).toHaveLength(30);

  up = true;
  await Promise.all([tabs[0].flush(), tabs[1].flush(), tabs[1].flush()]);
  for (const tab of tabs) tab.destroy();
  expect(overlaps).toEqual([]);
  expect(sent).toHaveLength(30);
  expect(new Set(sent).size).toBe(30);
  expect(await openOutboxStore(dbName).all()).toEqual([]);
});
