import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { choosePersona, openDemo } from '../support/demo-page.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();
const PHONE = { width: 375, height: 667 };

/** the element's box in the viewport, rounded */
const boxOf = async (locator: ReturnType<Page['locator']>) => {
  const box = (await locator.boundingBox())!;
  return { left: Math.round(box.x), right: Math.round(box.x + box.width), top: Math.round(box.y), bottom: Math.round(box.y + box.height) };
};

test('Acme Docs on a 375 × 667 phone: no wider than the screen, the checklist’s × in reach, the quota dialog on screen', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack, { viewport: PHONE });
  const { page } = demo;
  const checklist = page.locator('[data-growthkit="checklist"]');
  await expect.poll(() => checklist.getByRole('heading', { level: 2 }).count(), { timeout: 10_000 }).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
  const close = await boxOf(checklist.getByRole('button', { name: 'Dismiss' }));
  expect(close.left >= 0 && close.right <= PHONE.width, JSON.stringify(close)).toBe(true);

  // storage to the limit: the quota dialog opens, wholly on screen, with nothing scrolled sideways
  for (let i = 0; i < 7; i++) await page.click('#upload');
  const dialog = page.getByRole('dialog', { name: "You've reached your storage limit" });
  await expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(1);
  const box = await boxOf(dialog);
  expect(box.left >= 0 && box.right <= PHONE.width, JSON.stringify(box)).toBe(true);
  expect(await page.evaluate(() => [window.scrollX, document.documentElement.scrollWidth])).toEqual([0, PHONE.width]);
  expect(demo.problems).toEqual([]);
  await demo.close();
});

test('on a phone the renewal card leaves the account page’s "Cancel subscription" in reach: the page scrolls it clear of the card', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack, { viewport: PHONE });
  const { page } = demo;
  await choosePersona(page, 'at-risk');
  const card = page.locator('body > [data-growthkit-widget^="corner"]').getByRole('region', { name: /renews in/ });
  await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
  const cardBox = await boxOf(card);
  expect(cardBox.bottom - cardBox.top).toBeLessThanOrEqual(PHONE.height / 2 + 1);

  await page.click('a[href="/account"]');
  const cancel = page.getByRole('button', { name: 'Cancel subscription' });
  await cancel.evaluate((button) => button.scrollIntoView({ block: 'start' }));
  const button = await boxOf(cancel);
  expect(button.bottom <= cardBox.top, `button ${JSON.stringify(button)}, card ${JSON.stringify(cardBox)}`).toBe(true);
  await cancel.click({ trial: true });
  await demo.close();
});
