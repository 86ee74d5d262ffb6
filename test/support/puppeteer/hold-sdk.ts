import type { HTTPRequest, Page } from 'puppeteer-core';

/**
 * Holds the SDK's script back until the returned function is called, so the page's own calls queue in the snippet's
 * stub and must be replayed. The page's load event waits for async scripts: go to the page with
 * `waitUntil: 'domcontentloaded'` while it is held. Every other request goes on untouched.
 */
export async function holdSdk(page: Page): Promise<() => void> {
  let releaseSdk!: () => void;
  const sdkHeld = new Promise<void>((resolve) => {
    releaseSdk = resolve;
  });
  await page.setRequestInterception(true);
  page.on('request', async (request: HTTPRequest) => {
    if (new URL(request.url()).pathname.endsWith('/sdk/growthkit.js')) await sdkHeld;
    await request.continue();
  });
  return releaseSdk;
}
