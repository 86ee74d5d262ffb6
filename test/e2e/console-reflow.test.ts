import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openConsole, signIn } from '../support/console-page.ts';
import { seedConsoleSample } from '../support/console-sample-data.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();
const WIDTH = 320;

beforeAll(async () => {
  await seedConsoleSample(e2e.stack.collectorUrl);
});

/** Every page of the console, each with what shows once its data is in. */
const PAGES = [
  ['campaigns', 'tbody tr'],
  ['campaigns/onboarding', '#field-title-en'],
  ['campaigns/onboarding/json', 'textarea'],
  ['campaigns/onboarding/preview', '[data-growthkit-preview]'],
  ['campaigns/onboarding/history', '.diff'],
  ['campaigns/new', '#field-title-en'],
  ['experiments', 'tbody tr'],
  ['experiments/demo-upgrade-copy', '#results'],
  ['reports/metrics', '#metrics'],
  ['reports/churn', '.figure'],
  ['reports/funnel?campaignId=storage-quota', '#funnel'],
  ['reports/event-funnel?steps=identify%2Cdoc_created%2Cplan_upgraded', '#funnel'],
  ['reports/checklist', '#checklist'],
  ['reports/onboarding', '#retention'],
  ['customers', '#customer-query'],
  ['customers?query=acme', '#customer-matches tbody tr'],
  ['customers/sample-0', 'table'],
  ['customers/accounts/acme', 'table'],
  ['no-such-page', 'h1'],
] as const;

/**
 * What sticks out of the screen sideways: each element of the page whose box ends past the right edge or starts left
 * of the left one, but for what sits inside a table that scrolls in its own frame (ui/table-wrap.tsx).
 */
function outOfView(page: Page) {
  return page.evaluate((width) => {
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    return [...document.body.querySelectorAll('*')]
      .filter((element) => !element.parentElement?.closest('.table-wrap.scrolls') && element.checkVisibility())
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
      })
      .map(name);
  }, WIDTH);
}

test.each(PAGES)(
  'at 320 × 640 CSS px /console/%s reflows: no sideways scrolling, every control and line of text on screen',
  async (path, loaded) => {
    const console = await openConsole(e2e, `/console/${path}`, { viewport: { width: WIDTH, height: 640 } });
    const { page } = console;
    await signIn(page);
    await expect.poll(() => page.locator(loaded).count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.spinner').count()).toBe(0);
    // what a reader can unfold (the figures behind the charts) is read unfolded
    await page.evaluate(() => {
      for (const details of document.querySelectorAll('details')) details.open = true;
    });
    // polled: charts and tables take their size a frame or two after their data
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
    await expect.poll(() => outOfView(page)).toEqual([]);
    // a table wider than the screen scrolls in a frame of its own that the keyboard reaches and scrolls
    for (const frame of await page.locator('.table-wrap.scrolls').all()) {
      expect(await frame.getAttribute('tabindex')).toBe('0');
      expect(await frame.getAttribute('aria-label')).toBeTruthy();
    }
    expect(console.problems).toEqual([]);
    await console.close();
  },
  40_000,
);

test('at 320 px the sign-in fits the screen', async () => {
  const console = await openConsole(e2e, '/console/campaigns', { viewport: { width: WIDTH, height: 640 } });
  const { page } = console;
  await expect.poll(() => page.getByLabel('Secret key').count()).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
  expect(await outOfView(page)).toEqual([]);
  await console.close();
});

test('at 320 px the header keeps every section on screen, wrapping onto a second row, as are the reports’ tabs', async () => {
  const console = await openConsole(e2e, '/console/reports/metrics', { viewport: { width: WIDTH, height: 640 } });
  const { page } = console;
  await signIn(page);
  await expect.poll(() => page.locator('#metrics').count()).toBe(1);
  const links = [
    ...(await page.getByRole('navigation', { name: 'Sections' }).getByRole('link').all()),
    ...(await page.getByRole('navigation', { name: 'Reports' }).getByRole('link').all()),
  ];
  expect(links).toHaveLength(10);
  for (const link of links) {
    const box = (await link.boundingBox())!;
    expect(box.x, (await link.textContent()) ?? '').toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, (await link.textContent()) ?? '').toBeLessThanOrEqual(WIDTH);
  }
  await console.close();
});
