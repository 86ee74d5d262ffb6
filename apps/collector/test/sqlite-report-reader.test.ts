// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { openStore } from '../src/store/open-store.ts';
import { DEFAULT_REPORT_TIMEOUT_MS, ReportTimeout } from '../src/store/report-timeout.ts';
import { startReportReader } from '../src/store/sqlite/report-reader.ts';

// The SQLite store reads reports on a thread of its own (store/sqlite/report-reader.ts); a store that has run reports
// must still let its process end, both left idle and once closed.
const dir = mkdtempSync(join(tmpdir(), 'growthkit-report-reader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const openStoreFile = new URL('../src/store/open-store.ts', import.meta.url).pathname;
const seedFile = new URL('../src/seed/demo-project.ts', import.meta.url).pathname;

/** Runs `body` (ES module code with `store` open on a fresh file and the demo project seeded) in a process of its own. */
async function inProcess(name: string, body: string): Promise<string> {
  const script = `
    const { openStore } = await import(${JSON.stringify(openStoreFile)});
    const { seedDemoProject } = await import(${JSON.stringify(seedFile)});
    const store = await openStore({ dbPath: ${JSON.stringify(join(dir, `${name}.sqlite`))} });
    await seedDemoProject(store);
    const project = (await store.projectBySecretKey('sk_demo')).id;
    const range = { from: new Date(0), to: new Date() };
    ${body}`;
  // a file, not -e with --input-type=module: that flag would make the threads' own startup code a module too
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, script);
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', file]);
  return stdout.trim();
}

test('a store that has run reports lets its process end once closed, and while left open and idle', async () => {
  const report = `
    const tally = await store.funnelTally(project, { steps: [{ name: 'a' }, { name: 'b' }], range, withinMs: 1 });
    const churn = await store.churnTally(project, { range });
    console.log(JSON.stringify([tally.steps.length, churn.outcomes.length]));`;
  expect(await inProcess('closed', `${report}\n    await store.close();\n    console.log('closed');`)).toBe('[2,0]\nclosed');
  // no close(): the idle thread must not hold the process open either
  expect(await inProcess('idle', report)).toBe('[2,0]');
}, 60_000);

test("a statement the thread cannot run rejects with SQLite's error, and the next one is answered", async () => {
  const path = join(dir, 'failing.sqlite');
  const store = await openStore({ dbPath: path });
  const reader = startReportReader(path, DEFAULT_REPORT_TIMEOUT_MS);
  try {
    await expect(reader.all({ text: 'SELECT id FROM no_such_table', params: {} })).rejects.toThrow(/no such table/);
    expect(
      await reader.all({ text: 'SELECT count(*) AS events FROM events WHERE project_id = :project', params: { project: 'x' } }),
    ).toEqual([{ events: 0 }]);
  } finally {
    await reader.close();
    await store.close();
  }
});

test('a statement whose request is abandoned fails with its reason, waiting or running, and the ones behind it are answered', async () => {
  const path = join(dir, 'abandoned.sqlite');
  const store = await openStore({ dbPath: path });
  const reader = startReportReader(path, DEFAULT_REPORT_TIMEOUT_MS);
  try {
    // a statement of a while (a count to two million), then two short ones
    const runningClient = new AbortController();
    const running = reader.all(
      { text: 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000) SELECT count(*) AS n FROM n', params: {} },
      runningClient.signal,
    );
    const waitingClient = new AbortController();
    const waiting = reader.all({ text: 'SELECT 1 AS one', params: {} }, waitingClient.signal);
    const after = reader.all({ text: 'SELECT 2 AS two', params: {} });
    waitingClient.abort(new Error('the waiting one went away'));
    await expect(waiting).rejects.toThrow('the waiting one went away');
    runningClient.abort(new Error('the running one went away'));
    await expect(running).rejects.toThrow('the running one went away');
    expect(await after).toEqual([{ two: 2 }]);
  } finally {
    await reader.close();
    await store.close();
  }
});

test('while a statement past its limit still runs on its dropped thread, no second one starts: what waits for it gives up at the limit, and the next is answered once it has finished', async () => {
  const path = join(dir, 'runaway.sqlite');
  const store = await openStore({ dbPath: path });
  const limitMs = 200;
  const reader = startReportReader(path, limitMs);
  try {
    // a count to twenty million: seconds of work on any machine, far past the limit
    const runaway = reader.all({
      text: 'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000000) SELECT count(*) AS n FROM n',
      params: {},
    });
    await expect(runaway).rejects.toThrow(ReportTimeout);
    // asked while the count still runs on the dropped thread: a new thread would answer at once
    await expect(reader.all({ text: 'SELECT 1 AS one', params: {} })).rejects.toThrow(ReportTimeout);
    await expect
      .poll(() => reader.all({ text: 'SELECT 2 AS two', params: {} }).catch(() => 'waited'), { timeout: 30_000 })
      .toEqual([{ two: 2 }]);
  } finally {
    await reader.close();
    await store.close();
  }
}, 60_000);
