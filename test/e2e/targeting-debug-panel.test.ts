import { createRequire } from 'node:module';
import { assignVariant, ExperimentSchema } from '@growthkit/core';
import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { recordProblems } from '../support/page-problems.ts';
import { floatingPrompt, useCampaigns } from '../support/targeting-campaigns.ts';
import { useStack } from '../support/use-stack.ts';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core');

const COPY_TEST = ExperimentSchema.parse({
  key: 'debug-copy-test',
  variants: [
    { key: 'control', weight: 1 },
    { key: 'bold', weight: 1 },
  ],
  holdout: { key: 'holdout', weight: 1 },
  goal: { event: 'plan_upgraded', windowDays: 14 },
});

const e2e = useStack();

beforeAll(async () => {
  await useCampaigns(e2e.stack, [
    floatingPrompt('enterprise-offer', 'Enterprise offer', { audience: { plan: { $in: ['enterprise'] } }, priority: 60 }),
    floatingPrompt('reports-tips', 'Tips for reports', { trigger: { type: 'page', path: '/reports' }, priority: 50 }),
    floatingPrompt('docs-tips', 'Tips for docs', { trigger: { type: 'page', path: '/docs' }, priority: 40 }),
    // Inline in the demo's upsell slot: no budget spent, so it cannot change the holds the first test expects.
    floatingPrompt('copy-test', 'Copy test', { placement: { slot: 'upsell', floating: 'corner-end' }, experiment: COPY_TEST, priority: 5 }),
  ]);
});

const panelOf = (page: Page) => page.getByRole('region', { name: 'GrowthKit debug' });
const rowOf = (page: Page, campaignId: string) => panelOf(page).locator(`tr[data-campaign="${campaignId}"]`);
const reasonOf = (page: Page, campaignId: string) => rowOf(page, campaignId).locator('.debug-reason').textContent();

test('?growthkit_debug=1 lists every campaign with its verdict and exact reason, live on every route change', async () => {
  const context = await e2e.browser.newContext();
  const page = await context.newPage();
  const problems = recordProblems(page);
  await page.goto(`${e2e.stack.demoUrl}/?growthkit_debug=1`);

  await expect.poll(() => rowOf(page, 'reports-tips').count(), { timeout: 10_000 }).toBe(1);
  // The failing condition, with the attribute's value (the demo's default persona is on the trial plan).
  expect(await rowOf(page, 'enterprise-offer').getAttribute('data-verdict')).toBe('skip');
  expect(await reasonOf(page, 'enterprise-offer')).toBe('audience: plan is "trial"; needs $in ["enterprise"]');
  expect(await reasonOf(page, 'reports-tips')).toBe('trigger: path "/" does not match "/reports"');
  expect(await rowOf(page, 'onboarding').getAttribute('data-verdict')).toBe('show');

  await page.getByRole('link', { name: 'Reports', exact: true }).click();
  await expect.poll(() => rowOf(page, 'reports-tips').getAttribute('data-verdict'), { timeout: 5_000 }).toBe('show');
  expect(await reasonOf(page, 'docs-tips')).toBe('trigger: path "/reports" does not match "/docs"');

  // The session's one interruptive prompt went to reports-tips: the docs tip is held by the contact budget.
  await page.getByRole('link', { name: 'Docs', exact: true }).click();
  await expect.poll(() => rowOf(page, 'docs-tips').getAttribute('data-code'), { timeout: 5_000 }).toBe('budget');
  expect(await reasonOf(page, 'docs-tips')).toBe('budget: 1 of 1 interruptive prompts this session; frees up next session');
  expect(await rowOf(page, 'docs-tips').getAttribute('data-verdict')).toBe('hold');
  expect(
    await page.locator('body > [data-growthkit-widget]:not([data-growthkit-debug])').filter({ hasText: 'Tips for docs' }).count(),
  ).toBe(0);
  expect(await reasonOf(page, 'reports-tips')).toBe('trigger: path "/docs" does not match "/reports"');
  expect(problems).toEqual([]);
  await context.close();
});

test("the panel names the user's experiment variant, the one the shared hash assigns", async () => {
  const context = await e2e.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${e2e.stack.demoUrl}/?growthkit_debug=1`);
  const variantLine = rowOf(page, 'copy-test').getByText(/^experiment debug-copy-test: /);
  await expect.poll(() => variantLine.textContent(), { timeout: 10_000 }).not.toContain('not assigned yet');
  const userId = await page.evaluate(() => JSON.parse(localStorage.getItem('acme:workspace')!).userId as string);
  const { variant } = assignVariant(COPY_TEST, { id: userId });
  expect(await variantLine.textContent()).toBe(
    `experiment debug-copy-test: variant ${variant}${variant === 'holdout' ? ' (holdout: sees nothing)' : ''}`,
  );
  await context.close();
});

test('the panel is keyboard operable and collapsible', async () => {
  const context = await e2e.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${e2e.stack.demoUrl}/?growthkit_debug=1`);
  const toggle = panelOf(page).getByRole('button', { name: 'Collapse' });
  await expect.poll(() => toggle.count(), { timeout: 10_000 }).toBe(1);
  await toggle.focus();
  await page.keyboard.press('Enter');
  const expand = panelOf(page).getByRole('button', { name: 'Expand' });
  expect(await expand.getAttribute('aria-expanded')).toBe('false');
  expect(await panelOf(page).getByRole('table').isVisible()).toBe(false);
  await page.keyboard.press('Space');
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  expect(await panelOf(page).getByRole('table').isVisible()).toBe(true);
  // The scrollable list is reachable by keyboard, so a long list can be scrolled without a mouse.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('aria-label'))).toBe(
    'Campaign decisions',
  );
  await context.close();
});

test('the panel passes axe (WCAG 2.2 AA), expanded and collapsed', async () => {
  // axe is injected as a script tag, which the demo's CSP (Trusted Types) rightly refuses; this context skips the CSP.
  const context = await e2e.browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${e2e.stack.demoUrl}/?growthkit_debug=1`);
  await expect.poll(() => rowOf(page, 'reports-tips').count(), { timeout: 10_000 }).toBe(1);
  await page.addScriptTag({ path: AXE_PATH });
  const audit = () =>
    page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(context: Element, options: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
        }
      ).axe;
      const host = document.querySelector('[data-growthkit-debug]')!;
      const result = await axe.run(host, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
    });
  expect(await audit()).toEqual([]);
  await panelOf(page).getByRole('button', { name: 'Collapse' }).click();
  expect(await audit()).toEqual([]);
  await context.close();
});
