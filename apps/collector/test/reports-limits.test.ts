// @vitest-environment node
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { startTestCollector, type TestCollector } from './collector-fixture.ts';
import { describeReportLimits, FUNNEL, reportGet } from './report-limit-cases.ts';

// The report time limit on SQLite (the suite shared with PostgreSQL, report-limit-cases.ts). A reader never waits for
// a lock in WAL mode, so what holds the funnel's statement is its size: 100,000 events of its steps (one statement of
// most of a second here) against a limit of 40 ms, and the next funnel, once they are deleted, reads two.
const HELD_EVENTS = 100_000;

/**
 * Puts the held events in the collector's file, directly; release() deletes them, and waits for the statement past the
 * limit to finish on its dropped thread: until then a report waits for that thread (at most the limit) and gets a 504.
 */
async function manyFunnelEvents(collector: TestCollector) {
  const db = new Database(collector.dbPath);
  db.pragma('busy_timeout = 5000');
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < :count - 1)
    INSERT INTO events (project_id, id, type, name, ts, received_at, anonymous_id, user_id, props)
    SELECT 'demo', 'held-' || i, 'track', CASE i % 2 WHEN 0 THEN 'doc_created' ELSE 'report_generated' END,
      strftime('%Y-%m-%dT%H:%M:%fZ', 1790000000 + i, 'unixepoch'), '2026-11-20T00:00:00.000Z', 'held-' || (i / 2), 'held-' || (i / 2), '{}'
    FROM n`,
  ).run({ count: HELD_EVENTS });
  return {
    async release() {
      db.prepare("DELETE FROM events WHERE id LIKE 'held-%'").run();
      db.close();
      await expect.poll(async () => (await reportGet(collector, FUNNEL)).status, { timeout: 20_000 }).not.toBe(504);
    },
  };
}

describeReportLimits('SQLite', 40, (reportTimeoutMs) => startTestCollector({ reportTimeoutMs }), manyFunnelEvents);
