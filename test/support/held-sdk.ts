import type { Page } from 'playwright-core';

/**
 * Holds the SDK's script back until the returned function is called, so the page's own calls queue in the snippet's
 * stub and must be replayed. The page's load event waits for async scripts: go to the page with
 * `waitUntil: 'domcontentloaded'` while it is held.
 */
export async function holdSdk(page: Page): Promise<() => void> {
  let releaseSdk!: () => void;
  const sdkHeld = new Promise<void>((resolve) => (releaseSdk = resolve));
  await page.route('**/sdk/growthkit.js', async (route) => {
    await sdkHeld;
    await route.continue();
  });
  return releaseSdk;
}
