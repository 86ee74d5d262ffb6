import { mkdirSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startDemo } from '../../demo/serve.ts';
import { launchChromium } from '../support/browser.ts';
import { startCollectorProcess } from '../support/collector-process.ts';
import { recordSentEventIds } from '../support/event-ids.ts';
import { type FaultRates, startFaultProxy } from '../support/fault-proxy.ts';
import { runTimeline } from '../support/fault-timeline.ts';
import { waitForSdk } from '../support/wait-for-sdk.ts';

// Issue 11, "nothing lost, nothing doubled": three tabs of one browser track 2,000 events over a link that drops 30%
// of the event requests and delays, refuses, resets and cuts others, while the collector is killed and restarted and
// the browser spends a whole minute offline. Afterwards every event is stored, each exactly once.

const TABS = 3;
const EVENTS = 2_000;
const SEED = 11;
const OFFLINE_MS = 60_000;
/** the tabs track their events evenly over this long, faults on all along */
const TRACKING_MS = 84_000;
/** how often each tab tracks what is due by then, ms */
const TICK_MS = 200;
/** how long the SDK may take to deliver the rest once the faults stop: its widest retry window (60 s) and some */
const DRAIN_MS = 90_000;
const CHAOS: FaultRates = {
  drop: 0.3,
  delay: 0.2,
  unavailable503: 0.07,
  busy429: 0.03,
  error500: 0.02,
  reset: 0.02,
  cutRequest: 0.03,
  cutResponse: 0.05,
};
const FIGURES_FILE = new URL('../../test-results/chaos.json', import.meta.url);

interface GrowthKitPage {
  growthkit: { track(name: string, props: object): void };
}

interface Row {
  id: string;
  name: string;
  props: string;
}

/** Tracks `chaos_event` number `from` to `to - 1` of tab `tab` in the page. */
const track = (page: Page, tab: number, from: number, to: number) =>
  page.evaluate(
    ([tab, from, to]) => {
      for (let i = from; i < to; i++) (window as unknown as GrowthKitPage).growthkit.track('chaos_event', { tab, i });
    },
    [tab, from, to],
  );

/** Tracks `count` events in the tab, spread evenly over TRACKING_MS. */
async function trackSpread(page: Page, tab: number, count: number): Promise<void> {
  const start = Date.now();
  let tracked = 0;
  while (tracked < count) {
    const due = Math.min(count, Math.ceil((count * (Date.now() - start + TICK_MS)) / TRACKING_MS));
    await track(page, tab, tracked, due);
    tracked = due;
    await sleep(TICK_MS);
  }
}

/** Events still waiting in the page's outbox (IndexedDB, shared by the origin's tabs). */
const outboxSize = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('growthkit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('outbox').objectStore('outbox').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
  );

function storedRows(dbPath: string): Row[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare('SELECT id, name, props FROM events ORDER BY seq').all() as Row[];
  } finally {
    db.close();
  }
}

const chaosRows = (rows: Row[]) => rows.filter((row) => row.name === 'chaos_event');

async function openTabs(context: BrowserContext, url: string): Promise<Page[]> {
  const pages: Page[] = [];
  for (let tab = 0; tab < TABS; tab++) {
    const page = await context.newPage();
    await page.goto(url);
    await waitForSdk(page);
    pages.push(page);
  }
  return pages;
}

test('three tabs, 2,000 events, a lossy link, a collector crash and an offline minute: every event stored exactly once', {
  timeout: 360_000,
}, async () => {
  const started = Date.now();
  const collector = await startCollectorProcess();
  const proxy = await startFaultProxy(collector.url, { seed: SEED, delayMs: [20, 400], dropHoldMs: [0, 400] });
  const demo = await startDemo({ collectorUrl: proxy.url });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    // The pages load the SDK and config through the proxy before any fault starts.
    const pages = await openTabs(context, demo.url);
    const sentByPages = pages.map(recordSentEventIds);
    const shares = pages.map((_, tab) => Math.floor(EVENTS / TABS) + (tab < EVENTS % TABS ? 1 : 0));

    const chaosStart = Date.now();
    const [timeline] = await Promise.all([
      runTimeline([
        { at: 0, name: 'faults on', run: () => proxy.setRates(CHAOS) },
        { at: 6_000, name: 'collector killed (SIGKILL)', run: () => collector.crash() },
        { at: 9_000, name: 'collector restarted', run: () => collector.restart() },
        { at: 14_000, name: 'offline', run: () => context.setOffline(true) },
        { at: 14_000 + OFFLINE_MS, name: 'online', run: () => context.setOffline(false) },
        { at: TRACKING_MS + 1_000, name: 'faults off', run: () => proxy.setRates({}) },
      ]),
      ...pages.map((page, tab) => trackSpread(page, tab, shares[tab])),
    ]);

    // No help from the host (no flush()): the SDK's own retries deliver the rest once the link is clean.
    const faultsOff = Date.now();
    await expect.poll(() => chaosRows(storedRows(collector.dbPath)).length, { timeout: DRAIN_MS, interval: 500 }).toBe(EVENTS);
    await expect.poll(() => outboxSize(pages[0]), { timeout: DRAIN_MS, interval: 500 }).toBe(0);
    const drainMs = Date.now() - faultsOff;
    const chaosMs = Date.now() - chaosStart;

    const rows = storedRows(collector.dbPath);
    const ids = rows.map((row) => row.id);
    const distinct = new Set(ids);
    // each id once, and each tracked event (tab, i) once
    expect(distinct.size).toBe(rows.length);
    const tracked = chaosRows(rows).map((row) => {
      const { tab, i } = JSON.parse(row.props) as { tab: number; i: number };
      return `${tab}:${i}`;
    });
    const expected = pages.flatMap((_, tab) => Array.from({ length: shares[tab] }, (_, i) => `${tab}:${i}`));
    expect(tracked.sort()).toEqual(expected.sort());
    // every id that ever left a tab (seen by the proxy or by the browser) is stored, and nothing else is; polled, as a
    // page may still send an event of its own (a widget's) after the outbox was seen empty
    const sent = () => new Set([...proxy.seenIds, ...sentByPages.flatMap((pageIds) => [...pageIds])]);
    const unstored = () => {
      const stored = new Set(storedRows(collector.dbPath).map((row) => row.id));
      return [...sent()].filter((id) => !stored.has(id));
    };
    await expect.poll(unstored, { timeout: DRAIN_MS, interval: 500 }).toEqual([]);
    expect(ids.filter((id) => !sent().has(id))).toEqual([]);

    const when = (name: string) => timeline.find((step) => step.name === name)?.at ?? Number.NaN;
    const offlineMs = when('online') - when('offline');
    expect(offlineMs).toBeGreaterThanOrEqual(OFFLINE_MS);
    const { counts } = proxy;
    // the run was the one described: batches were lost and sent again
    expect(counts.dropped).toBeGreaterThan(0);
    expect(counts.retried).toBeGreaterThan(0);
    const figures = {
      seed: SEED,
      tabs: TABS,
      rates: CHAOS,
      tracked: EVENTS,
      pagesOwnEvents: rows.length - EVENTS,
      requests: counts.eventRequests,
      requestsUnderFaults: counts.underFaults,
      eventsInRequests: counts.events,
      dropped: counts.dropped,
      reset: counts.reset,
      delayed: counts.delayed,
      answered503: counts.answered503,
      answered429: counts.answered429,
      answered500: counts.answered500,
      cutRequest: counts.cutRequest,
      cutResponse: counts.cutResponse,
      collectorDown502: counts.collectorDown,
      forwarded: counts.forwarded,
      retried: counts.retried,
      collectorAccepted: counts.accepted,
      collectorDuplicates: counts.duplicates,
      drainSecondsAfterFaultsOff: Math.round(drainMs / 100) / 10,
      stored: rows.length,
      distinctIds: distinct.size,
      duplicatesStored: rows.length - distinct.size,
      offlineSeconds: Math.round(offlineMs / 100) / 10,
      timeline,
      decisions: proxy.decisions,
      chaosSeconds: Math.round(chaosMs / 100) / 10,
      totalSeconds: Math.round((Date.now() - started) / 100) / 10,
    };
    mkdirSync(new URL('.', FIGURES_FILE), { recursive: true });
    writeFileSync(FIGURES_FILE, `${JSON.stringify(figures, null, 2)}\n`);
    console.log(
      [
        `chaos run, seed ${SEED}: ${TABS} tabs tracked ${EVENTS} events (+ ${figures.pagesOwnEvents} of the pages' own)`,
        `  event requests     ${figures.requests} (carrying ${figures.eventsInRequests} events, retries included); ${figures.requestsUnderFaults} while faults were on`,
        `  dropped            ${figures.dropped}   reset ${figures.reset}`,
        `  delayed            ${figures.delayed}`,
        `  answered           503: ${figures.answered503}   429: ${figures.answered429}   500: ${figures.answered500}`,
        `  cut mid-body       request: ${figures.cutRequest}   answer: ${figures.cutResponse}`,
        `  collector down     ${figures.collectorDown502} answered 502`,
        `  forwarded          ${figures.forwarded}; the collector accepted ${figures.collectorAccepted}, refused ${figures.collectorDuplicates} duplicates`,
        `  retried            ${figures.retried} requests carried an already-sent id`,
        `  stored             ${figures.stored} rows, ${figures.distinctIds} distinct ids; the last one ${figures.drainSecondsAfterFaultsOff} s after the faults stopped`,
        `  duplicates stored  ${figures.duplicatesStored}`,
        `  timeline           ${timeline.map((step) => `${(step.at / 1000).toFixed(1)} s ${step.name}`).join('; ')}`,
        `  offline            ${figures.offlineSeconds} s`,
        `  took               ${figures.chaosSeconds} s of chaos and drain, ${figures.totalSeconds} s in all`,
      ].join('\n'),
    );
  } finally {
    await browser.close();
    await demo.close();
    await proxy.close();
    await collector.close();
  }
});
