import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeEvent, type TestCollector } from './collector-fixture.ts';
import { sendServerEvents } from './server-events.ts';

export const FUNNEL = '/v1/admin/reports/event-funnel?steps=doc_created,report_generated';

/** The engine's way to keep the funnel's statement running, for as long as the test needs, until release(). */
export type HoldFunnel = (collector: TestCollector) => Promise<{ release(): Promise<void> }>;

export const reportGet = (collector: TestCollector, path: string, signal?: AbortSignal) =>
  fetch(`${collector.url}${path}`, { headers: { authorization: 'Bearer sk_demo' }, signal });

/**
 * A report is bounded on either engine: a statement past the report time limit is stopped and answered 504 naming the
 * report, and the collector serves on: health, and the next report answered in full.
 */
export function describeReportLimits(
  engine: string,
  limitMs: number,
  start: (limitMs: number) => Promise<TestCollector>,
  hold: HoldFunnel,
) {
  describe(`report limits on ${engine}`, () => {
    let collector: TestCollector;
    beforeAll(async () => {
      collector = await start(limitMs);
      await sendServerEvents(collector, [
        makeEvent({ userId: 'u1', name: 'doc_created', ts: '2026-11-20T10:00:00.000Z' }),
        makeEvent({ userId: 'u1', name: 'report_generated', ts: '2026-11-20T11:00:00.000Z' }),
      ]);
    });
    afterAll(async () => {
      await collector.close();
    });

    test('a report past the time limit is answered 504 naming the report, and the collector serves on', async () => {
      const held = await hold(collector);
      try {
        const res = await reportGet(collector, FUNNEL);
        expect(res.status).toBe(504);
        const { error } = (await res.json()) as { error: { code: string; message: string } };
        expect(error.code).toBe('report_timeout');
        expect(error.message).toContain('event-funnel report');
        expect(error.message).toContain(`${limitMs / 1000} s`);
      } finally {
        await held.release();
      }
      expect(await collector.healthy()).toBe(true);
      const res = await reportGet(collector, FUNNEL);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { steps: { people: number }[] }).steps.map((step) => step.people)).toEqual([1, 1]);
    });
  });
}
