import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openDemo } from '../support/demo-page.ts';
import { useStack } from '../support/use-stack.ts';

const CAMPAIGN = 'aha-connect-customers';

const e2e = useStack();

const ahaOf = (page: Page) => page.locator('[data-growthkit="aha"]');
const badge = (page: Page, name: string) => ahaOf(page).getByRole('listitem').filter({ hasText: name });

test('a new trial user imports customers: each milestone earns its badge and message once, the goal completes, "Got it" puts it away for good', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  const aha = ahaOf(page);
  await expect.poll(() => aha.getByRole('heading', { name: 'Connect 50 customers' }).count(), { timeout: 10_000 }).toBe(1);
  const bar = aha.getByRole('progressbar');
  expect(await bar.getAttribute('aria-valuenow')).toBe('0');
  expect(await bar.getAttribute('aria-valuetext')).toBe('0 of 50 customers. Next badge: First ten at 10');

  await page.click('#import-customers');
  await expect.poll(() => bar.getAttribute('aria-valuenow')).toBe('10');
  expect(await aha.getByText('10 of 50 customers').count()).toBe(1);
  // the milestone's message, with the persona's name filled in, is on screen and said once to screen readers
  expect(await aha.locator('.party').textContent()).toContain('Ten customers connected. Nice start, Tess!');
  expect(await aha.getByRole('status').textContent()).toBe('Badge earned: First ten. Ten customers connected. Nice start, Tess!');
  expect(await badge(page, 'First ten').textContent()).toContain('Badge earned');
  expect(await badge(page, 'Halfway').textContent()).toContain('Not yet earned');
  expect(await aha.getByRole('button', { name: 'Got it' }).count()).toBe(0);

  for (let i = 0; i < 4; i++) await page.click('#import-customers');
  await expect.poll(() => bar.getAttribute('aria-valuenow')).toBe('50');
  expect(await aha.locator('.party').textContent()).toContain('All 50 customers connected.');
  for (const name of ['First ten', 'Halfway', 'Connected']) expect(await badge(page, name).textContent()).toContain('Badge earned');

  // by keyboard: Enter on "Got it"
  const gotIt = aha.getByRole('button', { name: 'Got it' });
  await gotIt.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => aha.locator('[data-growthkit-widget]').count()).toBe(0);

  await page.reload();
  await expect.poll(() => page.locator('[data-growthkit="checklist"] [data-growthkit-widget]').count(), { timeout: 10_000 }).toBe(1);
  expect(await aha.locator('[data-growthkit-widget]').count()).toBe(0);

  const events = await demo.events(CAMPAIGN);
  expect(events.filter((event) => event.name === 'gk.shown')).toHaveLength(1);
  expect(events.filter((event) => event.name === 'gk.step_completed').map((event) => event.props)).toEqual([
    { milestone: 10 },
    { milestone: 25 },
    { milestone: 50 },
  ]);
  expect(events.filter((event) => event.name === 'gk.completed')).toHaveLength(1);
  expect(events.filter((event) => event.name === 'gk.dismiss').map((event) => event.props)).toEqual([{ reason: 'acknowledged' }]);
  // every widget event of the page carries its campaign
  expect((await demo.events()).filter((event) => event.name.startsWith('gk.') && event.campaignId === null)).toEqual([]);
  expect(demo.problems).toEqual([]);
  await demo.close();
});

test('the close button dismisses the aha card before the goal; it stays dismissed on the next page view', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  const aha = ahaOf(page);
  await expect.poll(() => aha.getByRole('heading', { name: 'Connect 50 customers' }).count(), { timeout: 10_000 }).toBe(1);
  await page.click('#import-customers');
  await expect.poll(() => aha.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('10');

  await aha.getByRole('button', { name: 'Dismiss' }).click();
  await expect.poll(() => aha.locator('[data-growthkit-widget]').count()).toBe(0);
  await page.reload();
  await expect.poll(() => page.locator('[data-growthkit="checklist"] [data-growthkit-widget]').count(), { timeout: 10_000 }).toBe(1);
  expect(await aha.locator('[data-growthkit-widget]').count()).toBe(0);

  const events = await demo.events(CAMPAIGN);
  expect(events.map((event) => [event.name, event.props])).toEqual([
    ['gk.shown', {}],
    ['gk.step_completed', { milestone: 10 }],
    ['gk.dismiss', {}],
  ]);
  expect(demo.problems).toEqual([]);
  await demo.close();
});
