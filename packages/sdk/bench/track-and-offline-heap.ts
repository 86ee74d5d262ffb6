// Issue 15, main thread and memory: what one `track()` costs the page with the outbox in IndexedDB, and the JS heap
// while 10,000 tracked events wait offline (SPEC §5: they wait on the device, in IndexedDB, not in memory, and none is
// dropped). The demo on loopback, Debian's Chromium at 4× CPU slowdown (SPEC §11's setting).
// - the call: `growthkit('track', …)` timed in the page, one call per task, median; and the main thread's whole script
//   time per call (CDP's ScriptDuration over the calls and what they set off: the outbox's writes, the decision)
// - the heap: offline, used JS heap after a forced GC before and after 5,000 and 10,000 events (tracked 100 per task),
//   then the events in the outbox store, counted in IndexedDB
// Run: pnpm exec tsx packages/sdk/bench/track-and-offline-heap.ts (after `pnpm build`: it measures dist/sdk)
import { loadavg } from 'node:os';
import type { CDPSession, Page } from 'playwright-core';
import { reportBench } from '../../../scripts/bench-report.ts';
import { launchChromium } from '../../../test/support/browser.ts';
import { startStack } from '../../../test/support/stack.ts';
import { quantile, SLOWDOWN } from './support/first-paint-marks.ts';

const TIMED_CALLS = 200;
const OFFLINE_EVENTS = 10_000;
const PER_TASK = 100;
const CHECKLIST_TITLE = 'Get started with Acme Docs';

/** used JS heap after a full GC, bytes */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize')!.value;
}

async function scriptSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'ScriptDuration')!.value;
}

/**
 * Tracks `count` events, `PER_TASK` in each task (a timer apart), numbered from `from`. Page code as text: tsx would
 * wrap the named functions a loop over tasks needs in a helper the page does not have.
 */
function trackOffline(page: Page, from: number, count: number): Promise<void> {
  return page.evaluate(`new Promise((done) => {
    let sent = 0;
    const tick = () => {
      for (let i = 0; i < ${PER_TASK} && sent < ${count}; i++, sent++) growthkit('track', 'bench_offline', { n: ${from} + sent });
      if (sent < ${count}) setTimeout(tick);
      else setTimeout(done, 2000);
    };
    tick();
  })`);
}

/** `count` calls, one per task, each timed in the page, ms */
function timedCalls(page: Page, count: number): Promise<number[]> {
  return page.evaluate(`new Promise((done) => {
    const times = [];
    const tick = () => {
      const start = performance.now();
      growthkit('track', 'bench_call', { n: times.length });
      times.push(performance.now() - start);
      if (times.length < ${count}) setTimeout(tick, 5);
      else setTimeout(() => done(times), 1500);
    };
    tick();
  })`);
}

/** events in the outbox store (IndexedDB 'growthkit', store 'outbox') */
function storedEvents(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('growthkit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('outbox').objectStore('outbox').count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

const stack = await startStack();
const browser = await launchChromium();
const load1 = loadavg()[0];
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(stack.demoUrl);
  await page.locator('[data-growthkit="checklist"]').getByText(CHECKLIST_TITLE).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1_500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });

  // One call per task, each timed inside the page; the script time of the whole sequence and its aftermath.
  const scriptBefore = await scriptSeconds(cdp);
  const calls = await timedCalls(page, TIMED_CALLS);
  const scriptPerCall = (((await scriptSeconds(cdp)) - scriptBefore) * 1000) / TIMED_CALLS;
  const callMedian = quantile(calls, 0.5);
  const callP95 = quantile(calls, 0.95);
  console.log(
    `track(), one call per task, ${SLOWDOWN}× CPU slowdown, ${TIMED_CALLS} calls: median ${callMedian.toFixed(3)} ms, p95 ${callP95.toFixed(3)} ms`,
  );
  console.log(`  main thread script time per call, with the outbox writes and decisions it sets off: ${scriptPerCall.toFixed(2)} ms`);

  // Offline: the collector cannot be reached; every event waits on the device.
  await context.setOffline(true);
  const storedBefore = await storedEvents(page);
  const heapBefore = await heapAfterGc(cdp);
  // each heap is taken once the outbox holds every event tracked so far: a loaded machine may still be writing them
  const settled = async (count: number) => {
    const deadline = Date.now() + 60_000;
    while ((await storedEvents(page)) - storedBefore < count && Date.now() < deadline) await page.waitForTimeout(250);
  };
  await trackOffline(page, 0, OFFLINE_EVENTS / 2);
  await settled(OFFLINE_EVENTS / 2);
  const heapHalf = await heapAfterGc(cdp);
  await trackOffline(page, OFFLINE_EVENTS / 2, OFFLINE_EVENTS / 2);
  await settled(OFFLINE_EVENTS);
  const heapFull = await heapAfterGc(cdp);
  const stored = (await storedEvents(page)) - storedBefore;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  const perEvent = (heapFull - heapHalf) / (OFFLINE_EVENTS / 2);
  // bounded: the second 5,000 events add (nearly) nothing the first did not; 100 B an event would be a megabyte per 10,000
  const bounded = perEvent < 100;
  const kept = stored >= OFFLINE_EVENTS;
  console.log(
    `offline, JS heap after GC: ${mb(heapBefore)} before, ${mb(heapHalf)} after ${OFFLINE_EVENTS / 2} events, ${mb(heapFull)} after ${OFFLINE_EVENTS}; ${perEvent.toFixed(0)} B per event over the second half`,
  );
  console.log(`  events in IndexedDB's outbox: ${stored} of the ${OFFLINE_EVENTS} tracked offline`);
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const load5 = loadavg()[0];
  reportBench({
    id: 'track-and-offline-heap',
    title: 'track() cost and the heap while events wait offline',
    markdown: [
      `What: the page's cost of \`growthkit('track', …)\` with the outbox in IndexedDB, and the JS heap while ${OFFLINE_EVENTS.toLocaleString('en')} tracked`,
      `events wait offline. The demo on loopback, Debian's Chromium at ${SLOWDOWN}× CPU slowdown. The call: ${TIMED_CALLS} calls, one per task, timed in`,
      "the page; the script time per call is Chromium's ScriptDuration over the calls and everything they set off (the outbox's",
      `writes, the decisions), divided by the calls. The heap: offline, ${PER_TASK} calls per task, used JS heap after a forced GC.`,
      '',
      `Run ${new Date().toISOString()}, load average ${load1.toFixed(2)} at the start, ${load5.toFixed(2)} at the end (2 cores).`,
      '',
      '| | figure | budget |',
      '|---|---|---|',
      `| track(), in the caller's task | median ${callMedian.toFixed(3)} ms, p95 ${callP95.toFixed(3)} ms | reported |`,
      `| track(), script time per call with what it sets off | ${scriptPerCall.toFixed(2)} ms | reported |`,
      `| JS heap after GC, offline | ${mb(heapBefore)} → ${mb(heapHalf)} (${OFFLINE_EVENTS / 2} events) → ${mb(heapFull)} (${OFFLINE_EVENTS}) | bounded ${mark(bounded)} |`,
      `| heap per event, second half | ${perEvent.toFixed(0)} B | < 100 B ${mark(bounded)} |`,
      `| events in IndexedDB | ${stored} of ${OFFLINE_EVENTS} | none dropped ${mark(kept)} |`,
    ].join('\n'),
    figures: {
      slowdown: SLOWDOWN,
      loadAverage: [load1, load5],
      trackCallMedianMs: callMedian,
      trackCallP95Ms: callP95,
      trackScriptMsPerCall: scriptPerCall,
      heapBytes: { before: heapBefore, half: heapHalf, full: heapFull },
      heapBytesPerEvent: perEvent,
      offlineEvents: OFFLINE_EVENTS,
      storedEvents: stored,
      holds: { bounded, kept },
    },
  });
  process.exitCode = bounded && kept ? 0 : 1;
} finally {
  await browser.close();
  await stack.close();
}
