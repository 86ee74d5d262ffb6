import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EventNamesSchema, type EventInput } from '@growthkit/core';
import { makeEvent, type TestCollector } from './collector-fixture.ts';
import { adminGet, sendServerEvents } from './server-events.ts';

const DAY = 86_400_000;

/**
 * A project with a long history: 1,200 `doc_created` over the first days of 2026, then, in December, the names the
 * product sends now. The events endpoint's first page (oldest first, at most 1,000) holds only `doc_created`.
 */
function longHistory(): EventInput[] {
  const start = Date.parse('2026-01-01T00:00:00.000Z');
  const at = (ms: number) => new Date(ms).toISOString();
  return [
    ...Array.from({ length: 1200 }, (_, n) => makeEvent({ name: 'doc_created', ts: at(start + n * 60_000) })),
    makeEvent({ name: 'plan_chosen', ts: '2026-12-01T10:00:00.000Z' }),
    makeEvent({ name: 'plan_chosen', ts: '2026-12-02T10:00:00.000Z' }),
    makeEvent({ name: 'upgrade_page_viewed', ts: '2026-12-03T09:00:00.000Z' }),
    // GrowthKit's own events and identify are not host event names
    makeEvent({ type: 'widget', name: 'gk.shown', campaignId: 'upsell', ts: '2026-12-04T00:00:00.000Z' }),
    makeEvent({ type: 'identify', name: 'identify', userId: 'u-1', ts: '2026-12-04T00:00:00.000Z', props: { plan: 'pro' } }),
  ];
}

/** GET /v1/admin/event-names over real HTTP, against a collector `start` opens. */
export function describeEventNames(engine: string, start: () => Promise<TestCollector>) {
  describe(`GET /v1/admin/event-names (${engine})`, () => {
    let collector: TestCollector;
    beforeAll(async () => {
      collector = await start();
      await sendServerEvents(collector, longHistory());
    });
    afterAll(async () => {
      await collector.close();
    });

    test("the newest names of a long history come first, with their counts, though the events' first page never reaches them", async () => {
      const page = await adminGet<{ events: { name: string }[] }>(collector, '/v1/admin/events?limit=1000');
      expect(new Set(page.body.events.map((event) => event.name))).toEqual(new Set(['doc_created']));

      const { status, body } = await adminGet<unknown>(collector, '/v1/admin/event-names');
      expect(status).toBe(200);
      expect(EventNamesSchema.parse(body)).toEqual({
        names: [
          { name: 'upgrade_page_viewed', count: 1, lastSeen: '2026-12-03T09:00:00.000Z' },
          { name: 'plan_chosen', count: 2, lastSeen: '2026-12-02T10:00:00.000Z' },
          { name: 'doc_created', count: 1200, lastSeen: new Date(Date.parse('2026-01-01T00:00:00.000Z') + 1199 * 60_000).toISOString() },
        ],
      });
      const two = await adminGet<{ names: { name: string }[] }>(collector, '/v1/admin/event-names?limit=2');
      expect(two.body.names.map((row) => row.name)).toEqual(['upgrade_page_viewed', 'plan_chosen']);
    });

    test('a limit outside 1–1000 is a 400 naming it; only the secret key reads the names', async () => {
      for (const limit of ['0', '1001', '2.5', 'ten', '']) {
        const { status, body } = await adminGet<{ error: { field: string } }>(collector, `/v1/admin/event-names?limit=${limit}`);
        expect({ limit, status, field: body.error.field }).toEqual({ limit, status: 400, field: 'limit' });
      }
      expect((await fetch(`${collector.url}/v1/admin/event-names?key=pk_demo`)).status).toBe(403);
      expect((await fetch(`${collector.url}/v1/admin/event-names`)).status).toBe(401);
    });

    test('a name seen again today moves to the front', async () => {
      await sendServerEvents(collector, [makeEvent({ name: 'doc_created', ts: new Date(Date.now() - DAY).toISOString() })]);
      const { body } = await adminGet<{ names: { name: string; count: number }[] }>(collector, '/v1/admin/event-names?limit=1');
      expect(body.names).toEqual([expect.objectContaining({ name: 'doc_created', count: 1201 })]);
    });
  });
}
