import { expect, test } from 'vitest';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();

test('a widget whose file did not load (a network blip) shows at the next page view of a single-page app, with no reload', async () => {
  const context = await e2e.browser.newContext();
  let offline = true;
  // the checklist's own file fails while "offline" (`*` stops at a slash: the shared chunks still load)
  await context.route('**/sdk/widgets/checklist.js', (route) => (offline ? route.abort('internetdisconnected') : route.fallback()));
  const page = await context.newPage();
  const warnings: string[] = [];
  page.on('console', (message) => warnings.push(message.text()));
  await page.goto(e2e.stack.demoUrl);
  await expect.poll(() => warnings.some((text) => text.includes('the checklist widget failed')), { timeout: 10_000 }).toBe(true);
  const checklist = page.locator('[data-growthkit="checklist"]').getByText('Get started with Acme Docs');
  expect(await checklist.count()).toBe(0);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

  offline = false;
  await page.getByRole('link', { name: 'Reports', exact: true }).click();
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await checklist.waitFor({ timeout: 10_000 });
  // the same document all along: the widget came back without a reload
  expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);
  await context.close();
});
