import type { BrowserContext, Page } from 'playwright-core';

/** SPEC §11 measures first paint with Chromium's CPU slowed down this many times. */
export const SLOWDOWN = 4;

export async function slowCpu(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
}

/** Loads `url` and waits for the SDK's `growthkit:first-paint` mark. */
export async function loadUntilFirstPaint(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('growthkit:first-paint').length > 0, undefined, { timeout: 30_000 });
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
