import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { assignVariant } from '@growthkit/core';
import { DEMO_UPGRADE_COPY } from '../../apps/collector/src/seed/demo-experiment.ts';
import { choosePersona, openDemo } from '../support/demo-page.ts';
import { useStack } from '../support/use-stack.ts';
import { nextPaint } from '../support/next-paint.ts';

const CAMPAIGN = 'storage-quota';

const e2e = useStack();

type Window = {
  growthkit: { on(name: string, handler: (payload: unknown) => void): void; usage(metric: string, used: number, limit: number): void };
};

/** the prompt's own events (an experiment on the campaign adds its exposure beside them) */
const WIDGET_EVENTS = ['gk.shown', 'gk.click', 'gk.dismiss'];

const bannerOf = (page: Page) => page.getByRole('region', { name: 'Storage' });
const dialogOf = (page: Page) => page.getByRole('dialog', { name: "You've reached your storage limit" });

/** The demo's "Upload file" adds 0.8 of 5 GB per click. */
async function upload(page: Page, times: number) {
  for (let i = 0; i < times; i++) await page.click('#upload');
}

/** What has focus, looking into open shadow roots: an id, else the accessible name or text of the element. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.id || active?.getAttribute('aria-label') || active?.textContent?.trim() || active?.tagName;
  });

/** Collects the host's `upgrade` callback payloads in the page. */
async function captureUpgrades(page: Page) {
  await page.evaluate(() => {
    const upgrades: unknown[] = [];
    (window as unknown as { upgrades: unknown[] }).upgrades = upgrades;
    (window as unknown as Window).growthkit.on('upgrade', (payload) => upgrades.push(payload));
  });
  return () => page.evaluate(() => (window as unknown as { upgrades: unknown[] }).upgrades);
}

test('acceptance 3: at 80% the banner shows, at 100% the dialog, "Upgrade" calls the host with the plan id, and usage back at 50% hides both', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  const upgrades = await captureUpgrades(page);

  await upload(page, 4);
  await page.waitForTimeout(300);
  expect(await bannerOf(page).count()).toBe(0);

  await upload(page, 1);
  await expect.poll(() => bannerOf(page).count(), { timeout: 5_000 }).toBe(1);
  expect(await bannerOf(page).textContent()).toContain("You've used 4 of 5 GB (80%)");
  const meter = bannerOf(page).getByRole('meter');
  expect([await meter.getAttribute('aria-valuenow'), await meter.getAttribute('aria-valuemax')]).toEqual(['4', '5']);
  expect(await dialogOf(page).count()).toBe(0);

  await upload(page, 2);
  await expect.poll(() => dialogOf(page).count()).toBe(1);
  expect(await bannerOf(page).count()).toBe(0);
  const dialog = dialogOf(page);
  expect(await dialog.getAttribute('aria-modal')).toBe('true');
  expect(await dialog.textContent()).toContain("You've used 5 of 5 GB (100%)");
  for (const unlock of ['100 GB of storage for your team', 'Unlimited version history', 'Priority support, answered within 4 hours'])
    expect(await dialog.getByRole('listitem').filter({ hasText: unlock }).count()).toBe(1);

  await dialog.getByRole('button', { name: 'Upgrade to Growth' }).click();
  expect(await upgrades()).toEqual([{ campaignId: CAMPAIGN, plan: 'growth', metric: 'storage_gb' }]);
  // the host took over: the dialog steps aside, the banner keeps the way out in view
  await expect.poll(() => dialogOf(page).count()).toBe(0);
  expect(await bannerOf(page).count()).toBe(1);

  await page.evaluate(() => (window as unknown as Window).growthkit.usage('storage_gb', 2.5, 5));
  await expect.poll(() => bannerOf(page).count()).toBe(0);
  expect(await dialogOf(page).count()).toBe(0);
  expect(await page.locator('body > [data-growthkit-widget]').getByRole('button').count()).toBe(0);

  const events = (await demo.events(CAMPAIGN)).filter((event) => WIDGET_EVENTS.includes(event.name));
  expect(events.map((event) => [event.name, event.props])).toEqual([
    ['gk.shown', { level: 'warn' }],
    ['gk.shown', { level: 'limit' }],
    ['gk.click', { action: 'upgrade', plan: 'growth', level: 'limit' }],
    // the banner that takes the dialog's place: `level` is the meter's, still at the limit
    ['gk.shown', { level: 'limit' }],
  ]);
  expect(demo.problems).toEqual([]);
  await demo.close();
});

test('after a log-out and another sign-in in the same page (the Persona select), the new user gets the prompt too', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  const userId = await choosePersona(page, 'basic');
  await upload(page, 7);
  // the prompt is the experiment's: a user its holdout takes sees none, by design; the others see their variant's copy
  const { variant } = assignVariant({ ...DEMO_UPGRADE_COPY, hashAttribute: 'id' }, { id: userId });
  const prompt = page.getByRole('dialog');
  if (variant === DEMO_UPGRADE_COPY.holdout?.key) {
    await page.waitForTimeout(500);
    expect(await prompt.count()).toBe(0);
  } else await expect.poll(() => prompt.count(), { timeout: 5_000 }).toBe(1);
  await demo.close();
});

test('keyboard only: the limit dialog takes focus, Tab and Shift+Tab stay inside, Escape closes it and focus returns to "Upload file"; the banner stays and can be dismissed', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  await page.focus('#upload');
  for (let i = 0; i < 6; i++) await page.keyboard.press('Enter');
  await expect.poll(() => bannerOf(page).count(), { timeout: 5_000 }).toBe(1);
  // the banner never takes focus
  expect(await focused(page)).toBe('upload');

  await page.keyboard.press('Enter');
  await expect.poll(() => dialogOf(page).count()).toBe(1);
  await expect.poll(() => focused(page)).toBe('Close');
  const order: unknown[] = [];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    order.push(await focused(page));
  }
  expect(order).toEqual(['Upgrade to Growth', 'Try it free for 7 days', 'Not now', 'Close']);
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toBe('Not now');
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toBe('Try it free for 7 days');

  await page.keyboard.press('Escape');
  await expect.poll(() => dialogOf(page).count()).toBe(0);
  expect(await focused(page)).toBe('upload');
  // a dismissed dialog falls back to the banner, so a user at the limit keeps the way out in view
  expect(await bannerOf(page).count()).toBe(1);

  // seen before it is dismissed, as a person would
  await nextPaint(page);
  await bannerOf(page).getByRole('button', { name: 'Dismiss' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => bannerOf(page).count()).toBe(0);

  const events = (await demo.events(CAMPAIGN)).filter((event) => WIDGET_EVENTS.includes(event.name));
  expect(events.map((event) => [event.name, event.props])).toEqual([
    ['gk.shown', { level: 'warn' }],
    ['gk.shown', { level: 'limit' }],
    ['gk.dismiss', { level: 'limit' }],
    ['gk.shown', { level: 'limit' }],
    ['gk.dismiss', { level: 'warn' }],
  ]);
  expect(demo.problems).toEqual([]);
  await demo.close();
});

test('with no host handler the banner\'s "Upgrade" follows the plan\'s URL; "Try it free for 7 days" tells the host it is the trial', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  await upload(page, 5);
  await bannerOf(page).getByRole('button', { name: 'Upgrade' }).click();
  await page.waitForURL('**/account#upgrade');

  // back home with 4 of 5 GB used; this time the host listens
  await page.goto(e2e.stack.demoUrl);
  await expect.poll(() => bannerOf(page).count(), { timeout: 10_000 }).toBe(1);
  const upgrades = await captureUpgrades(page);
  await upload(page, 2);
  await dialogOf(page).getByRole('button', { name: 'Try it free for 7 days' }).click();
  expect(await upgrades()).toEqual([{ campaignId: CAMPAIGN, plan: 'growth', metric: 'storage_gb', trial: true }]);
  await expect.poll(() => dialogOf(page).count()).toBe(0);

  const events = await demo.events(CAMPAIGN);
  expect(events.filter((event) => event.name === 'gk.click').map((event) => event.props)).toEqual([
    { action: 'upgrade', plan: 'growth', level: 'warn' },
    { action: 'trial', plan: 'growth', level: 'limit' },
  ]);
  expect(demo.problems).toEqual([]);
  await demo.close();
});

test("the limit dialog is above the host's own overlays, even a cookie bar at the highest z-index later in the page", async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  // what consent managers and chat launchers do: the last element of the body, fixed, at the highest z-index there is
  await page.evaluate(() => {
    const bar = document.createElement('div');
    bar.id = 'cookie-bar';
    bar.textContent = 'We use cookies.';
    Object.assign(bar.style, { position: 'fixed', inset: '0', zIndex: '2147483647', background: 'rgba(0, 0, 0, 0.1)' });
    document.body.append(bar);
  });
  // the cover takes the whole viewport: the demo's own button is reached from the keyboard
  await page.focus('#upload');
  for (let i = 0; i < 7; i++) await page.keyboard.press('Enter');
  await expect.poll(() => dialogOf(page).count()).toBe(1);
  await nextPaint(page);
  // a click at the dialog's button lands on it, not on the host's overlay
  const upgrades = await captureUpgrades(page);
  await dialogOf(page).getByRole('button', { name: 'Upgrade to Growth' }).click({ timeout: 5_000 });
  await expect.poll(upgrades).toHaveLength(1);
  await demo.close();
});
