import type { BrowserContext, Page } from 'playwright-core';

/** SPEC §11 measures first paint with Chromium's CPU slowed down this many times. */
export const SLOWDOWN = 4;

export async function slowCpu(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
}

/** What the page logs when the `growthkit:first-paint` mark is made (announceFirstPaint). */
const PAINTED = 'bench: growthkit:first-paint';

/**
 * Runs in the page before any of its scripts: logs PAINTED when the first-paint mark is made. Waiting for that console
 * message puts nothing in the page; Playwright's waitForFunction would compile its own script there while the page
 * loads (70–100 ms at 4×, on the main thread the widget needs), and delay a paint that comes after the load event.
 */
function announceFirstPaint(message: string): void {
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('growthkit:first-paint').length === 0) return;
    observer.disconnect();
    console.debug(message);
  }).observe({ type: 'mark', buffered: true });
}

const announcing = new WeakSet<Page>();

/** Loads `url` and waits for the SDK's `growthkit:first-paint` mark. */
export async function loadUntilFirstPaint(page: Page, url: string): Promise<void> {
  if (!announcing.has(page)) {
    await page.addInitScript(announceFirstPaint, PAINTED);
    announcing.add(page);
  }
  const painted = page.waitForEvent('console', { predicate: (message) => message.text() === PAINTED, timeout: 30_000 });
  await page.goto(url, { waitUntil: 'load' });
  await painted;
}

/** ms from the SDK's `growthkit:start` mark (the script starts running) to `growthkit:first-paint` in the loaded page. */
export function firstPaintMs(page: Page): Promise<number> {
  // (no named functions in page code: tsx would wrap them in a helper the page does not have)
  return page.evaluate(
    () => performance.getEntriesByName('growthkit:first-paint')[0].startTime - performance.getEntriesByName('growthkit:start')[0].startTime,
  );
}

/** The q-quantile by the nearest-rank method (q = 0.5: median, 0.95: p95). */
export const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)];
