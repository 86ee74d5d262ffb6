import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { auditAxe } from '../support/axe-audit.ts';
import { choosePersona, openDemo } from '../support/demo-page.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();

const widgetIn = (page: Page, slot: string) => page.locator(`[data-growthkit="${slot}"] [data-growthkit-widget]`);

/** The widgets' own violations, with the page's findings alongside for the failure message only. */
async function widgetViolations(page: Page, what: string) {
  const findings = await auditAxe(page);
  return expect(findings.widgets, `${what}; the demo page's own findings: ${JSON.stringify(findings.page)}`);
}

test.each(['light', 'dark'] as const)('axe (WCAG 2.2 AA) finds nothing in any widget in the demo, %s', async (colorScheme) => {
  const demo = await openDemo(e2e.browser, e2e.stack, { bypassCSP: true, colorScheme });
  const { page } = demo;

  // trial: checklist, aha progress with a milestone reached, upsell card, then the quota banner and dialog
  await expect.poll(() => widgetIn(page, 'aha').getByRole('progressbar').count(), { timeout: 10_000 }).toBe(1);
  await page.click('#import-customers');
  await expect.poll(() => widgetIn(page, 'aha').locator('.party').count()).toBe(1);
  for (let i = 0; i < 5; i++) await page.click('#upload');
  const banner = page.getByRole('region', { name: 'Storage' });
  await expect.poll(() => banner.count()).toBe(1);
  for (const slot of ['checklist', 'aha', 'upsell']) expect(await widgetIn(page, slot).count(), slot).toBe(1);
  (await widgetViolations(page, 'checklist, aha, upsell, quota banner')).toEqual([]);

  for (let i = 0; i < 2; i++) await page.click('#upload');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
  (await widgetViolations(page, 'quota dialog')).toEqual([]);
  await page.keyboard.press('Escape');

  // basic, past day 7: the value summary with contributors, and the basic upsell offer with its testimonial
  await choosePersona(page, 'basic');
  await expect.poll(() => widgetIn(page, 'value-summary').count(), { timeout: 10_000 }).toBe(1);
  await page.click('#report');
  await page.click('#create-doc');
  await expect.poll(() => widgetIn(page, 'value-summary').locator('.top li').count()).toBe(2);
  expect(await widgetIn(page, 'upsell').locator('figure').count()).toBe(1);
  (await widgetViolations(page, 'value summary, upsell with testimonial')).toEqual([]);
  await demo.close();
});
