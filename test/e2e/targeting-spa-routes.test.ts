import { beforeAll, expect, test } from 'vitest';
import { recordProblems } from '../support/page-problems.ts';
import { floatingPrompt, useCampaigns } from '../support/targeting-campaigns.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();

beforeAll(async () => {
  await useCampaigns(e2e.stack, [
    floatingPrompt('reports-tips', 'Tips for reports', { trigger: { type: 'page', path: '/reports' }, priority: 50 }),
  ]);
});

test('a campaign targeted at a route shows when the SPA enters it (pushState) and hides when it leaves', async () => {
  const context = await e2e.browser.newContext();
  const page = await context.newPage();
  const problems = recordProblems(page);

  await page.goto(e2e.stack.demoUrl);
  // The onboarding checklist in its slot: the SDK has its config and decided once.
  await expect
    .poll(() => page.locator('[data-growthkit="checklist"]').getByText('Get started with Acme Docs').count(), { timeout: 10_000 })
    .toBe(1);
  const tips = page.locator('body > [data-growthkit-widget]').filter({ hasText: 'Tips for reports' });
  expect(await tips.count()).toBe(0);
  // Set on the window: a reload would lose it, so it proves the routes below never reload the page.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

  await page.getByRole('link', { name: 'Reports', exact: true }).click();
  expect(new URL(page.url()).pathname).toBe('/reports');
  await expect.poll(() => tips.count(), { timeout: 5_000 }).toBe(1);
  await expect.poll(() => tips.getByRole('heading', { name: 'Tips for reports' }).isVisible()).toBe(true);

  await page.getByRole('link', { name: 'Docs', exact: true }).click();
  expect(new URL(page.url()).pathname).toBe('/docs');
  await expect.poll(() => tips.count(), { timeout: 5_000 }).toBe(0);

  // Back (popstate) to /reports: shown earlier in this session, it comes back without spending budget again.
  await page.goBack();
  expect(new URL(page.url()).pathname).toBe('/reports');
  await expect.poll(() => tips.count(), { timeout: 5_000 }).toBe(1);

  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await expect.poll(() => tips.count(), { timeout: 5_000 }).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(42);
  expect(problems).toEqual([]);
  await context.close();
});
