// SPEC §11: "first widget painted, config cached: ≤ 50 ms after the script runs, Chromium at 4× CPU slowdown" and
// "long tasks caused by GrowthKit: none over 50 ms"; issue 15: "≤ 1.5× the bare-Preact floor in the same run". The whole
// product on loopback (collector on a temp SQLite, the demo under its strict CSP), Debian's Chromium at 4× CPU slowdown:
// the time from the SDK's `growthkit:start` mark to its `growthkit:first-paint` mark over reloads with the config cached,
// alternated with reloads of the same page where growthkit.js is replaced by the floor (support/floor-widget.ts: the same
// checklist rendered by bare Preact, nothing of GrowthKit's, marking the same two marks); first visits with where their
// time goes (resource timing from the start mark); every long task during those loads and during a burst of 20 clicks
// on the demo's buttons, with GrowthKit's share of it: scripts of the SDK's files that ran in it (Long Animation Frames
// API) plus the time the page's own handlers spent inside `growthkit(…)` calls.
// Run: pnpm exec tsx packages/sdk/bench/first-paint.ts (after `pnpm build`: it measures dist/sdk)
import { budgetFigure } from '../../../scripts/bench-budgets.ts';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { BrowserContext, Page } from 'playwright-core';
import { reportBench } from '../../../scripts/bench-report.ts';
import { launchChromium } from '../../../test/support/browser.ts';
import { startStack } from '../../../test/support/stack.ts';
import { firstPaintMs, loadUntilFirstPaint, quantile, SLOWDOWN, slowCpu } from './support/first-paint-marks.ts';
import { buildFloorScript } from './support/floor-script.ts';

const CACHED_RUNS = 15;
const COLD_RUNS = 5;
/** issue 15: GrowthKit's cached first paint at most this many times the floor's, medians of the same run */
const MAX_FLOOR_RATIO = 1.5;
const CLICKS = 20;
const BUDGET_MS = 50;
const CHECKLIST_TITLE = 'Get started with Acme Docs';
const BUTTONS = ['#create-doc', '#invite', '#upload', '#report', '#profile', '#import-customers'];

const runtime = readFileSync(new URL('../../../dist/sdk/growthkit.js', import.meta.url), 'utf8');
if (!runtime.includes('growthkit:start')) {
  console.error('dist/sdk/growthkit.js has no growthkit:start mark: run `pnpm build` first');
  process.exit(1);
}

interface Script {
  url: string;
  invoker: string;
  start: number;
  duration: number;
}
interface Span {
  start: number;
  duration: number;
}
interface LongTask extends Span {
  /** scripts of at least 5 ms that ran inside the task (Long Animation Frames API) */
  scripts: Script[];
  /** time spent in the SDK's own scripts and in the page's calls to `growthkit(…)` */
  growthKit: number;
}
interface Load {
  firstPaint: number;
  tasks: LongTask[];
}

/**
 * Runs in the page before any of its scripts: keeps every long task and every long animation frame's scripts, so a
 * long task can be traced to the script that ran in it (a long task alone says only "self").
 */
function observeLongTasks(): void {
  const seen = { tasks: [] as { start: number; duration: number }[], scripts: [] as Script[] };
  Object.defineProperty(window, '__benchLongTasks', { value: seen });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const frame of list.getEntries() as (PerformanceEntry & {
      scripts: (PerformanceEntry & { sourceURL: string; invoker: string })[];
    })[]) {
      for (const script of frame.scripts)
        seen.scripts.push({ url: script.sourceURL, invoker: script.invoker, start: script.startTime, duration: script.duration });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
}

/**
 * Times every call the page makes to `window.growthkit(…)` from now on: a click handler that calls it runs as the
 * page's script, and the work done inside is GrowthKit's. (No named functions in page code: tsx would wrap them in a
 * helper the page does not have.)
 */
async function timeGrowthKitCalls(page: Page): Promise<void> {
  await page.evaluate(() => {
    const win = window as unknown as { growthkit: (...args: unknown[]) => unknown };
    const calls: Span[] = [];
    Object.defineProperty(window, '__benchGrowthKitCalls', { value: calls });
    const real = win.growthkit;
    win.growthkit = Object.assign(function (this: unknown, ...args: unknown[]) {
      const start = performance.now();
      try {
        return real.apply(this, args);
      } finally {
        calls.push({ start, duration: performance.now() - start });
      }
    }, real);
  });
}

/** The SDK's files are served by the collector under /sdk/. */
const isSdkScript = (script: Script) => script.url.includes('/sdk/');
const within = (span: Span, task: Span) => span.start >= task.start - 1 && span.start < task.start + task.duration;

async function longTasks(page: Page, after = 0): Promise<LongTask[]> {
  const seen = await page.evaluate(() => {
    const win = window as unknown as { __benchLongTasks: { tasks: Span[]; scripts: Script[] }; __benchGrowthKitCalls?: Span[] };
    return { ...win.__benchLongTasks, calls: win.__benchGrowthKitCalls ?? [] };
  });
  return seen.tasks
    .filter((task) => task.start >= after)
    .map((task) => {
      const scripts = seen.scripts.filter((script) => within(script, task));
      const sum = (spans: Span[]) => spans.reduce((total, span) => total + span.duration, 0);
      return {
        ...task,
        scripts,
        growthKit: Math.min(task.duration, sum(scripts.filter(isSdkScript)) + sum(seen.calls.filter((call) => within(call, task)))),
      };
    });
}

/** A long task GrowthKit caused: at least half of it was GrowthKit's work. */
const isGrowthKit = (task: LongTask) => task.growthKit >= task.duration / 2;

/** One page load: from `growthkit:start` to `growthkit:first-paint`, and the long tasks until things settle. */
async function load(page: Page, url: string, settle = 1_200): Promise<Load> {
  await loadUntilFirstPaint(page, url);
  // the config's revalidation, the state pull and the first events go out after the paint
  await page.waitForTimeout(settle);
  return { firstPaint: await firstPaintMs(page), tasks: await longTasks(page) };
}

/** A first visit's steps, ms from `growthkit:start`: when each answer arrived, and the paint. */
interface Steps {
  config: number;
  firstChunk: number;
  sharedChunk: number;
  firstPaint: number;
}

/** where a first visit's time went, read from resource timing against the start mark */
function firstVisitSteps(page: Page): Promise<Steps> {
  // (no named functions in page code: tsx would wrap them in a helper the page does not have)
  return page.evaluate(() => {
    const start = performance.getEntriesByName('growthkit:start')[0].startTime;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const [config, firstChunk, sharedChunk] = ['/v1/config', '/sdk/widgets/checklist.js', '/sdk/widgets/chunks/shared'].map((part) => {
      const found = resources.filter((entry) => entry.name.includes(part)).map((entry) => entry.responseEnd - start);
      return found.length ? Math.min(...found) : Number.NaN;
    });
    return {
      config,
      firstChunk,
      sharedChunk,
      firstPaint: performance.getEntriesByName('growthkit:first-paint')[0].startTime - start,
    };
  });
}

async function newPage(context: BrowserContext): Promise<Page> {
  await context.addInitScript(observeLongTasks);
  const page = await context.newPage();
  await slowCpu(context, page);
  return page;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const summary = (values: number[]) =>
  `median ${ms(quantile(values, 0.5))}, p95 ${ms(quantile(values, 0.95))}, max ${ms(Math.max(...values))}`;
const describeTask = (task: LongTask) =>
  `${ms(task.duration)} at ${ms(task.start)} (GrowthKit's part ${ms(task.growthKit)}): ` +
  (task.scripts.map((script) => `${script.invoker} ${script.url.replace(/^https?:\/\/[^/]+/, '')} ${ms(script.duration)}`).join('; ') ||
    'no script of 5 ms or more');

const longest = (tasks: LongTask[]) =>
  tasks.reduce<LongTask | undefined>((top, task) => (!top || task.duration > top.duration ? task : top), undefined);

function report(label: string, tasks: LongTask[]): number {
  const ours = tasks.filter(isGrowthKit);
  const top = longest(tasks);
  const topOurs = longest(ours);
  console.log(`  long tasks ${label}: ${tasks.length} (${ours.length} GrowthKit's); longest ${top ? describeTask(top) : 'none'}`);
  if (topOurs && topOurs !== top) console.log(`  longest GrowthKit task ${label}: ${describeTask(topOurs)}`);
  return topOurs?.duration ?? 0;
}

const floorScript = await buildFloorScript();
const stack = await startStack();
const browser = await launchChromium();
const load1 = loadavg()[0];
try {
  // Config cached: the first visit fetches and stores it, the measured visits read it from localStorage.
  const context = await browser.newContext();
  await context.addInitScript(observeLongTasks);
  const page = await context.newPage();
  const revalidations: number[] = [];
  page.on('response', (response) => response.url().includes('/v1/config') && revalidations.push(response.status()));
  await page.goto(stack.demoUrl);
  await page.locator('[data-growthkit="checklist"]').getByText(CHECKLIST_TITLE).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(1_000);
  await slowCpu(context, page);
  revalidations.length = 0;

  // The floor: the same page, growthkit.js answered with the floor's script.
  const floorContext = await browser.newContext();
  await floorContext.route('**/sdk/growthkit.js', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: floorScript }),
  );
  const floorPage = await newPage(floorContext);

  // alternated, so both see the same moments of the machine's load
  const cached: Load[] = [];
  const floor: Load[] = [];
  for (let run = 0; run < CACHED_RUNS; run++) {
    cached.push(await load(page, stack.demoUrl));
    floor.push(await load(floorPage, stack.demoUrl, 300));
  }
  await floorContext.close();
  const cachedPaints = cached.map((run) => run.firstPaint);
  const floorPaints = floor.map((run) => run.firstPaint);

  console.log(`first widget painted after the script runs, config cached, ${SLOWDOWN}× CPU slowdown, ${CACHED_RUNS} loads:`);
  console.log(`  ${summary(cachedPaints)} (budget ${BUDGET_MS} ms)`);
  console.log(`  each: ${cachedPaints.map((paint) => paint.toFixed(1)).join(' / ')} ms`);
  console.log(`the floor (the same checklist by bare Preact), ${CACHED_RUNS} loads: ${summary(floorPaints)}`);
  console.log(
    `  config answers while measuring: ${revalidations.filter((status) => status === 304).length} of ${revalidations.length} were 304 (cached copy current)`,
  );
  const loadTasks = cached.flatMap((run) => run.tasks);
  const longestLoad = report('during the loads', loadTasks);

  // A burst of interactions on the last loaded page: real mouse input, each button in turn.
  // Positions are read first: Playwright's own script in the page would otherwise run between the clicks.
  const targets = await Promise.all(BUTTONS.map((button) => page.locator(button).boundingBox()));
  await timeGrowthKitCalls(page);
  const before = performance.now();
  const clickedFrom = await page.evaluate(() => performance.now());
  for (let click = 0; click < CLICKS; click++) {
    const box = targets[click % targets.length];
    if (box) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }
  console.log(`${CLICKS} clicks in ${ms(performance.now() - before)}`);
  await page.waitForTimeout(2_000);
  const longestBurst = report('during the clicks', await longTasks(page, clickedFrom));
  await context.close();

  // First visits, nothing cached (config, widget chunks, device state).
  const cold: Load[] = [];
  const steps: Steps[] = [];
  for (let run = 0; run < COLD_RUNS; run++) {
    const fresh = await browser.newContext();
    const freshPage = await newPage(fresh);
    cold.push(await load(freshPage, stack.demoUrl));
    steps.push(await firstVisitSteps(freshPage));
    await fresh.close();
  }
  const coldPaints = cold.map((run) => run.firstPaint);
  const step = (name: keyof Steps) =>
    quantile(
      steps.map((visit) => visit[name]),
      0.5,
    );
  console.log(`first widget painted after the script runs, first visit (nothing cached), ${SLOWDOWN}× CPU slowdown, ${COLD_RUNS} loads:`);
  console.log(`  ${summary(coldPaints)}`);
  console.log(
    `  medians from the start mark: config answered ${ms(step('config'))}, checklist chunk ${ms(step('firstChunk'))}, shared chunk ${ms(step('sharedChunk'))}, painted ${ms(step('firstPaint'))}`,
  );
  const longestCold = report(
    'during the first visits',
    cold.flatMap((run) => run.tasks),
  );

  const p95 = quantile(cachedPaints, 0.95);
  const median = quantile(cachedPaints, 0.5);
  const floorMedian = quantile(floorPaints, 0.5);
  const ratio = median / floorMedian;
  const longestOurs = Math.max(longestLoad, longestBurst, longestCold);
  const holds = { p95: p95 <= BUDGET_MS, floor: ratio <= MAX_FLOOR_RATIO, longTasks: longestOurs <= BUDGET_MS };
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const load5 = loadavg()[0];
  reportBench({
    id: 'first-paint',
    title: 'First widget painted and long tasks',
    markdown: [
      `What: the time from the SDK's \`growthkit:start\` mark (the script starts running) to its \`growthkit:first-paint\` mark`,
      `(the frame after the first widget rendered), on the demo (trial persona: checklist, aha, upsell) served by the collector on loopback,`,
      `Debian's Chromium at ${SLOWDOWN}× CPU slowdown. The floor: the same page with growthkit.js replaced by the same checklist`,
      "rendered with bare Preact, its texts inlined, marking the same two marks; loads alternated with GrowthKit's.",
      `Long tasks: every task over 50 ms during the loads, a burst of ${CLICKS} clicks and the first visits, GrowthKit's when at least half`,
      "of it ran the SDK's files or the page's calls into `growthkit(…)` (Long Animation Frames API).",
      '',
      `Run ${new Date().toISOString()}, load average ${load1.toFixed(2)} at the start, ${load5.toFixed(2)} at the end (2 cores).`,
      '',
      '| | loads | median | p95 | max | budget |',
      '|---|---|---|---|---|---|',
      `| config cached | ${CACHED_RUNS} | ${ms(median)} | ${ms(p95)} | ${ms(Math.max(...cachedPaints))} | p95 ≤ ${BUDGET_MS} ms ${mark(holds.p95)} |`,
      `| bare-Preact floor | ${CACHED_RUNS} | ${ms(floorMedian)} | ${ms(quantile(floorPaints, 0.95))} | ${ms(Math.max(...floorPaints))} | — |`,
      `| cached ÷ floor (medians) | | ${ratio.toFixed(2)}× | | | ≤ ${MAX_FLOOR_RATIO}× ${mark(holds.floor)} |`,
      `| first visit | ${COLD_RUNS} | ${ms(quantile(coldPaints, 0.5))} | ${ms(quantile(coldPaints, 0.95))} | ${ms(Math.max(...coldPaints))} | reported |`,
      '',
      `First visit, medians from the start mark: config answered at ${ms(step('config'))}, the checklist's chunk at ${ms(step('firstChunk'))},`,
      `the shared widget chunk at ${ms(step('sharedChunk'))}, first widget painted at ${ms(step('firstPaint'))}.`,
      '',
      `Longest GrowthKit long task: ${ms(longestLoad)} during cached loads, ${ms(longestBurst)} during the clicks, ${ms(longestCold)} during first visits`,
      `(budget none over ${BUDGET_MS} ms ${mark(holds.longTasks)}).`,
    ].join('\n'),
    figures: {
      slowdown: SLOWDOWN,
      loadAverage: [load1, load5],
      cachedMedianMs: median,
      cachedP95Ms: p95,
      cachedMs: cachedPaints,
      floorMedianMs: floorMedian,
      floorP95Ms: quantile(floorPaints, 0.95),
      floorMs: floorPaints,
      floorRatio: ratio,
      firstVisitMedianMs: quantile(coldPaints, 0.5),
      firstVisitMs: coldPaints,
      firstVisitSteps: {
        configMs: step('config'),
        checklistChunkMs: step('firstChunk'),
        sharedChunkMs: step('sharedChunk'),
        paintMs: step('firstPaint'),
      },
      longestGrowthKitTaskMs: { cached: longestLoad, clicks: longestBurst, firstVisit: longestCold },
      budgets: {
        firstPaintCached: budgetFigure(`${ms(p95)} p95 (median ${ms(median)})`, holds.p95),
        firstPaintFloor: budgetFigure(`${ratio.toFixed(2)}× the floor (medians)`, holds.floor),
        longTasks: budgetFigure(`longest ${ms(longestOurs)}`, holds.longTasks),
      },
      holds,
    },
  });
} finally {
  await browser.close();
  await stack.close();
}
// a missed budget is a figure (✗ in the report), not a failed run
process.exit(0);
