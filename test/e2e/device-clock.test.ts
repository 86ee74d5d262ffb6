import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { type HostServer, serveHost } from '../support/host-server.ts';
import { readmeSnippet } from '../support/readme-snippet.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();
const PAGE = new URL('fixtures/plain-page/index.html', import.meta.url).pathname;
const DAY_MS = 24 * 3_600_000;

let host: HostServer;
beforeAll(async () => {
  const init = `growthkit.init(${JSON.stringify({ key: 'pk_demo', endpoint: e2e.stack.collectorUrl })});`;
  host = await serveHost({ dirs: {}, page: PAGE }, { collectorUrl: e2e.stack.collectorUrl, snippet: `${readmeSnippet().stub}\n${init}` });
});
afterAll(() => host?.close());

/** The stored times (ms) of the `clock_checked` events of `run`, read from the collector's file. */
function storedTimes(run: string): number[] {
  const db = new Database(e2e.stack.dbPath, { readonly: true });
  try {
    const rows = db
      .prepare("SELECT ts FROM events WHERE name = 'clock_checked' AND json_extract(props, '$.run') = ? ORDER BY ts")
      .all(run) as { ts: string }[];
    return rows.map((row) => Date.parse(row.ts));
  } finally {
    db.close();
  }
}

/**
 * Runs in the page before its scripts: the wall clock (`Date`) is `offset` ms off, as on a device whose clock is wrong,
 * while timers and `performance.now` keep real time. Playwright's fake clock would also take over every timer and
 * animation frame, which no wrong clock does, and a page under it hung once in CI.
 */
function shiftWallClock(offset: number) {
  const DeviceClock = Date;
  class WrongClock extends DeviceClock {
    constructor(...args: unknown[]) {
      super(...((args.length ? args : [DeviceClock.now() + offset]) as [number]));
    }
    static now() {
      return DeviceClock.now() + offset;
    }
  }
  globalThis.Date = WrongClock as DateConstructor;
}

/**
 * `step`, or a failure naming it and what the page said, once `ms` have passed: this test hung for its whole minute in
 * CI three times (the second case each time, never here), and a timeout alone does not say where.
 */
async function withinStep<T>(what: string, ms: number, said: string[], step: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s; the page said: ${said.join(' | ') || 'nothing'}`)), ms);
  });
  try {
    return await Promise.race([step, late]);
  } finally {
    clearTimeout(timer);
  }
}

const track = (page: Page, run: string, leave: boolean) =>
  page.evaluate(
    ({ run, leave }) => {
      const growthkit = (window as unknown as { growthkit: { track(name: string, props: object): void; flush(): Promise<void> } })
        .growthkit;
      growthkit.track('clock_checked', { run, i: 0 });
      growthkit.track('clock_checked', { run, i: 1 });
      if (leave) location.href = '/b';
      else return growthkit.flush();
    },
    { run, leave },
  );

for (const [name, offset] of [
  ['three days fast', 3 * DAY_MS],
  ['two days slow', -2 * DAY_MS],
] as const) {
  test(`a device whose clock runs ${name}: its events arrive, on the collector's clock (sent by fetch, and by beacon from a page being left)`, async () => {
    const said: string[] = [];
    const context = await withinStep('opening a browser context', 15_000, said, e2e.browser.newContext());
    await withinStep('adding the clock script', 10_000, said, context.addInitScript(shiftWallClock, offset));
    const page = await withinStep('opening a page', 15_000, said, context.newPage());
    page.on('console', (message) => said.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => said.push(`pageerror: ${error.message}`));
    page.on('requestfailed', (request) => said.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
    await withinStep('loading the page', 20_000, said, page.goto(`${host.url}/a`));
    const shifted = await withinStep(
      'reading the page clock',
      10_000,
      said,
      page.evaluate(() => Date.now() - performance.timeOrigin - performance.now()),
    );
    expect(shifted).toBeCloseTo(offset, -4);
    await page.waitForFunction(() => typeof (window as { growthkit?: { destroy?: unknown } }).growthkit?.destroy === 'function', null, {
      timeout: 15_000,
    });
    const started = Date.now();
    await withinStep('tracking and flush()', 20_000, said, track(page, `${name}-fetch`, false));
    await withinStep('tracking, then leaving the page', 10_000, said, track(page, `${name}-leave`, true));
    for (const run of [`${name}-fetch`, `${name}-leave`]) {
      await expect.poll(() => storedTimes(run).length, { timeout: 10_000, interval: 200 }).toBe(2);
      // within the test's own minute, not days away
      for (const ts of storedTimes(run)) expect(Math.abs(ts - started)).toBeLessThan(60_000);
    }
    await withinStep('closing the browser context', 15_000, said, context.close());
  });
}
