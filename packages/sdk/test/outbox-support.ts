import type { GrowthEvent } from '@growthkit/core';
import { newId } from '../src/event-id.ts';
import { memoryStore } from '../src/outbox/outbox-store.ts';

export const EVENTS_URL = 'http://collector.test/v1/events?key=pk_test';

export const event = (name: string): GrowthEvent => ({
  id: newId(),
  type: 'track',
  name,
  ts: new Date().toISOString(),
  anonymousId: 'anon_1',
  props: {},
});

/** The outbox store where IndexedDB is missing or broken: every call goes to memory. */
export { memoryStore };

/** The event names of every batch a fetch stub received. */
export const sentNames = (calls: unknown[][]) =>
  calls.map(([, init]) => (JSON.parse((init as RequestInit).body as string) as { events: GrowthEvent[] }).events.map((e) => e.name));

export const accepted = (count: number) =>
  new Response(JSON.stringify({ accepted: count, duplicates: 0, rejected: [] }), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });
