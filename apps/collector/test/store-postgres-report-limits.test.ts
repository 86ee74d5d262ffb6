// @vitest-environment node
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { postgresBin } from '../../../test/support/postgres-cluster.ts';
import { psql, usePostgresDatabase } from '../../../test/support/postgres-database.ts';
import { startTestCollector, type TestCollector } from './collector-fixture.ts';
import { describeReportLimits, FUNNEL, reportGet } from './report-limit-cases.ts';

// A report on PostgreSQL is bounded: its statements stop at the report time limit (answered 504 naming the report: the
// suite shared with SQLite, report-limit-cases.ts), and when the client gives up, its statement is cancelled instead of
// running on for minutes. A session that holds a lock on the events makes the report's statement wait for as long as
// the test needs, whatever the machine's speed.
const database = usePostgresDatabase();

/** A psql session that has locked the events table in a transaction it keeps open until release(). */
async function lockEvents(url: string): Promise<{ release(): Promise<void> }> {
  const session: ChildProcessWithoutNullStreams = spawn(join(postgresBin(), 'psql'), [url, '-X', '-v', 'ON_ERROR_STOP=1'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  session.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  session.stdin.write('BEGIN;\nLOCK TABLE events IN ACCESS EXCLUSIVE MODE;\n');
  while (!output.includes('LOCK TABLE')) await sleep(20);
  return {
    async release() {
      const exited = new Promise((resolve) => session.once('exit', resolve));
      session.stdin.end('ROLLBACK;\n');
      await exited;
    },
  };
}

/** The report statements of this database now running in PostgreSQL (the funnel's, by its first CTE). */
const runningFunnels = () =>
  Number(
    psql(
      database.url,
      "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active' AND query LIKE '%steps_events%'",
    )[0]![0],
  );

describeReportLimits(
  'PostgreSQL',
  500,
  (reportTimeoutMs) => startTestCollector({ databaseUrl: database.url, reportTimeoutMs }),
  async () => {
    const lock = await lockEvents(database.url);
    return {
      async release() {
        // cancelled in the database, not only answered
        expect(runningFunnels()).toBe(0);
        await lock.release();
      },
    };
  },
);

describe('a report whose client gives up on PostgreSQL', () => {
  let collector: TestCollector;
  beforeAll(async () => {
    // the default limit (30 s): longer than this test waits, so only the cancellation can end the statement
    collector = await startTestCollector({ databaseUrl: database.url });
  });
  afterAll(async () => {
    await collector.close();
  });

  test('stops running in the database once the client has gone, not when it would have ended', async () => {
    const lock = await lockEvents(database.url);
    try {
      const client = new AbortController();
      const answer = reportGet(collector, FUNNEL, client.signal).catch((error: unknown) => error);
      while (runningFunnels() === 0) await sleep(50);
      client.abort();
      expect(await answer).toBeInstanceOf(Error);
      // the lock is still held: only a cancel can end the waiting statement
      while (runningFunnels() > 0) await sleep(50);
    } finally {
      await lock.release();
    }
    expect(await collector.healthy()).toBe(true);
  });
});
