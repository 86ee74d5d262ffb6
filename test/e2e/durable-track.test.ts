import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { type HostServer, serveHost } from '../support/host-server.ts';
import { readmeSnippet } from '../support/readme-snippet.ts';
import { useStack } from '../support/use-stack.ts';
import { waitForSdk } from '../support/wait-for-sdk.ts';

const e2e = useStack();
const PAGE = new URL('fixtures/plain-page/index.html', import.meta.url).pathname;
const ROUNDS = 20;
const BURST = 200;

/** A plain host page (the README's snippet, nothing else) at every path: /a and /b are two documents of one origin. */
let host: HostServer;
beforeAll(async () => {
  const init = `growthkit.init(${JSON.stringify({ key: 'pk_demo', endpoint: e2e.stack.collectorUrl })});`;
  host = await serveHost({ dirs: {}, page: PAGE }, { collectorUrl: e2e.stack.collectorUrl, snippet: `${readmeSnippet().stub}\n${init}` });
});
afterAll(() => host?.close());

type Leave = 'reload' | 'href';

/**
 * Tracks BURST `form_saved` events, props `{ burst, i }`, and leaves the document in the same task (page.evaluate runs
 * as one task). One event name, as a real button has: a name per event would grow the device's counters with every round.
 */
async function burstThenLeave(page: Page, burst: string, leave: Leave) {
  const loaded = page.waitForEvent('load');
  await page.evaluate(
    ({ burst, count, leave }) => {
      const growthkit = (window as unknown as { growthkit: { track(name: string, props?: object): void } }).growthkit;
      for (let i = 0; i < count; i++) growthkit.track('form_saved', { burst, i });
      if (leave === 'reload') location.reload();
      else location.href = location.pathname === '/a' ? '/b' : '/a';
    },
    { burst, count: BURST, leave },
  );
  await loaded;
  await waitForSdk(page);
}

/**
 * The rows stored for the bursts whose name starts with `prefix`, counted in SQL on the collector's file (reading every
 * row each poll would slow the collector, which shares this process): as many rows, distinct (burst, i) and distinct ids
 * as tracked means none lost, none doubled.
 */
function stored(prefix: string) {
  const db = new Database(e2e.stack.dbPath, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT count(*) AS rows, count(DISTINCT json_extract(props, '$.burst') || ':' || json_extract(props, '$.i')) AS events,
                count(DISTINCT id) AS ids
         FROM events WHERE name = 'form_saved' AND substr(json_extract(props, '$.burst'), 1, ?) = ?`,
      )
      .get(prefix.length, prefix) as { rows: number; events: number; ids: number };
  } finally {
    db.close();
  }
}

const all = (count: number) => ({ rows: count, events: count, ids: count });

async function openTab(context: Awaited<ReturnType<typeof e2e.browser.newContext>>) {
  const page = await context.newPage();
  await page.goto(`${host.url}/a`);
  await waitForSdk(page);
  return page;
}

/** ROUNDS rounds in one tab; each waits until its events are stored before the next page tracks. */
async function rounds(leave: Leave) {
  const context = await e2e.browser.newContext();
  const page = await openTab(context);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = Date.now();
    await burstThenLeave(page, `${leave}-${round}-`, leave);
    await expect.poll(() => stored(`${leave}-${round}-`), { timeout: 10_000, interval: 50 }).toEqual(all(BURST));
    times.push(Date.now() - started);
  }
  await context.close();
  console.log(`${leave}: ${ROUNDS} rounds of ${BURST} events, ms from the burst to all stored: ${times.join(' ')}`);
}

test('200 events tracked right before a reload in the same task arrive exactly once, twenty times in a row', async () => {
  await rounds('reload');
});

test('200 events tracked right before `location.href = …` to another document arrive exactly once, twenty times in a row', async () => {
  await rounds('href');
});

test('two tabs of one origin bursting and reloading at the same moment: every event of both arrives exactly once', async () => {
  const context = await e2e.browser.newContext();
  const tabs = [await openTab(context), await openTab(context)];
  const started = Date.now();
  for (let round = 0; round < ROUNDS / 2; round++) {
    await Promise.all(tabs.map((tab, i) => burstThenLeave(tab, `tabs-${round}-${i}-`, 'reload')));
    await expect.poll(() => stored(`tabs-${round}-`), { timeout: 10_000, interval: 50 }).toEqual(all(2 * BURST));
  }
  await context.close();
  console.log(`two tabs: ${ROUNDS / 2} rounds of 2 × ${BURST} events in ${Date.now() - started} ms`);
});

test('a tab that tracks 200 events and closes itself in the same task: its beacons and the next page of the origin deliver each once', async () => {
  const context = await e2e.browser.newContext();
  const opener = await openTab(context);
  const started = Date.now();
  for (let round = 0; round < ROUNDS / 4; round++) {
    // a tab the page opened, so its own window.close() is allowed
    const [tab] = await Promise.all([context.waitForEvent('page'), opener.evaluate(() => void window.open('/b'))]);
    await tab.waitForLoadState('load');
    await waitForSdk(tab);
    const closed = tab.waitForEvent('close');
    await tab.evaluate(
      ({ burst, count }) => {
        const growthkit = (window as unknown as { growthkit: { track(name: string, props?: object): void } }).growthkit;
        for (let i = 0; i < count; i++) growthkit.track('form_saved', { burst, i });
        window.close();
      },
      { burst: `close-${round}-`, count: BURST },
    );
    await closed;
    // the journal waits for the next page of the origin: the opener, reloaded
    await opener.reload();
    await waitForSdk(opener);
    await expect.poll(() => stored(`close-${round}-`), { timeout: 10_000, interval: 50 }).toEqual(all(BURST));
  }
  await context.close();
  console.log(`tab close: ${ROUNDS / 4} rounds of ${BURST} events in ${Date.now() - started} ms`);
});
