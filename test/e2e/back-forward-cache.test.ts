import { chromium } from 'playwright-core';
import { expect, test } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.ts';
import { useStack } from '../support/use-stack.ts';

// A page the browser restores from its back/forward cache runs none of its scripts again: GrowthKit hears of it only
// through `pageshow`. Playwright turns the cache off by default; this browser keeps it, as every user's does.
const e2e = useStack({
  launch: () =>
    chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, ignoreDefaultArgs: ['--disable-back-forward-cache'] }),
});

test('back to a page from the back/forward cache is a page view, as a reload of it would be', async () => {
  const context = await e2e.browser.newContext();
  const page = await context.newPage();
  await page.goto(e2e.stack.demoUrl);
  await page.locator('[data-growthkit="checklist"]').getByText('Get started with Acme Docs').waitFor();
  const anonymousId = await page.evaluate(() => JSON.parse(localStorage.getItem('growthkit:anonymousId')!) as string);
  const pageViews = async () => {
    await page.evaluate(() => (window as unknown as { growthkit: { flush(): Promise<void> } }).growthkit.flush());
    return e2e.stack.storedEvents().filter((event) => event.anonymous_id === anonymousId && event.type === 'page').length;
  };
  await expect.poll(pageViews).toBe(1);

  await page.goto(`${e2e.stack.collectorUrl}/healthz`);
  // restored, not loaded: no load event comes
  await page.goBack({ waitUntil: 'commit' });
  expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type)).toBe('navigate');
  await expect.poll(pageViews).toBe(2);
  await context.close();
});
