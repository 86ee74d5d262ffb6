import type { Page } from 'playwright-core';

/** The snippet's stub is replaced by the SDK once its script has run: the stub has every method but destroy. */
export async function waitForSdk(page: Page): Promise<void> {
  await page.waitForFunction(() => typeof (window as unknown as { growthkit: { destroy?: unknown } }).growthkit.destroy === 'function');
}
