// The budget lines `pnpm bench` puts at the top of docs/BENCHMARKS.md (SPEC §11, and issue 15's first-paint floor).
// A bench that measures one reports it among its figures as `budgets: { [key]: budgetFigure(…) }`; scripts/bench.ts
// reads each line from whichever bench reported it and shows "not reported" for a line no bench did.

export const BUDGET_LINES = {
  firstScript: 'first script ≤ 15,000 B gzip -9',
  widgetFile: 'each widget file ≤ 5,000 B gzip -9',
  pageWithOneWidget: 'a page showing one widget ≤ 30,000 B gzip -9',
  allButDebugPanel: 'everything but the debug panel ≤ 40,000 B gzip -9',
  debugPanel: 'debug panel ≤ 20,000 B gzip -9',
  firstPaintCached: 'first widget painted, config cached: ≤ 50 ms (p95) after the script runs, Chromium at 4× CPU slowdown',
  firstPaintFloor: 'cached first paint ≤ 1.5× a bare Preact page rendering the same widget, same run (issue 15)',
  longTasks: 'no long task caused by GrowthKit over 50 ms',
  ingestSqlite: 'collector ingest, batches of 50: ≥ 100,000 events/s on 2 cores, SQLite',
  singleEvent: "collector single-event requests: ≥ 60% of a bare node:http server's rate, same run",
} as const;

export type BudgetKey = keyof typeof BUDGET_LINES;

/** One budget line as a bench measured it: the figure as people read it ("14,954 B", "48 ms p95") and whether it holds. */
export function budgetFigure(measured: string, met: boolean) {
  return { measured, met };
}
