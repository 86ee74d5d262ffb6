import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openDemo } from '../support/demo-page.ts';
import { floatingPrompt } from '../support/targeting-campaigns.ts';
import { useStack } from '../support/use-stack.ts';
import { waitForSdk } from '../support/wait-for-sdk.ts';

const e2e = useStack();

/** the demo's quota prompt stays live beside these: it proves what budget is left */
const KEEP = ['onboarding', 'storage-quota'];

beforeAll(async () => {
  const { store } = e2e.stack;
  for (const campaign of await store.liveCampaigns('demo'))
    if (!KEEP.includes(campaign.id)) await store.putCampaign('demo', { ...campaign, status: 'paused' });
  for (const campaign of [
    // inline in a slot no page has yet: above the quota prompt, so it would take the session's one prompt if it floated
    floatingPrompt('waiting-card', 'Waiting card', { placement: { slot: 'later' }, priority: 100 }),
    floatingPrompt('after-modal', 'After modal', { trigger: { type: 'event', event: 'prompt_now' }, priority: 60 }),
    floatingPrompt('host-asked', 'Host asked', { trigger: { type: 'manual' } }),
  ])
    await store.putCampaign('demo', campaign);
});

type GrowthKit = { track(event: string): void; show(id: string): void };
const growthkit = (page: Page) => ({
  track: (event: string) => page.evaluate((name) => (window as unknown as { growthkit: GrowthKit }).growthkit.track(name), event),
  show: (id: string) => page.evaluate((campaign) => (window as unknown as { growthkit: GrowthKit }).growthkit.show(campaign), id),
});

const widgetTitled = (page: Page, title: string) => page.locator('[data-growthkit-widget]').filter({ hasText: title });
const bannerOf = (page: Page) => page.getByRole('region', { name: 'Storage' });

/** The demo's "Upload file" adds 0.8 of 5 GB per click: five bring the quota banner. */
async function upload(page: Page, times: number) {
  for (let i = 0; i < times; i++) await page.click('#upload');
}

/** Whether each control of `selector` is what the page hits at its centre: nothing of ours covers it. */
const controlsOnTop = (page: Page, selector: string) =>
  page.evaluate((within) => {
    const controls = [...document.querySelectorAll(`${within} a, ${within} button, ${within} select`)];
    return controls.map((control) => {
      const box = control.getBoundingClientRect();
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
      return control === hit || control.contains(hit);
    });
  }, selector);

test('an inline widget without its slot waits: no floating, no budget spent, one warning; its slot appears later and it shows there, and the quota prompt still comes', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.reload();
  await waitForSdk(page);
  await expect.poll(() => warnings.filter((text) => text.includes('data-growthkit="later"')).length, { timeout: 10_000 }).toBe(1);
  // more decisions (events, a route change) say it no more
  await growthkit(page).track('something');
  await page.getByRole('link', { name: 'Reports', exact: true }).click();
  await page.getByRole('link', { name: 'Home', exact: true }).click();
  await page.waitForTimeout(500);
  expect(warnings.filter((text) => text.includes('waits for its slot'))).toEqual([
    'growthkit: campaign "waiting-card" waits for its slot: add <div data-growthkit="later"></div> where it should show',
  ]);
  expect(await widgetTitled(page, 'Waiting card').count()).toBe(0);

  await page.evaluate(() => {
    const slot = document.createElement('div');
    slot.setAttribute('data-growthkit', 'later');
    document.querySelector('main')!.prepend(slot);
  });
  await expect
    .poll(() => page.locator('[data-growthkit="later"] > [data-growthkit-widget]').filter({ hasText: 'Waiting card' }).count())
    .toBe(1);

  // nothing was spent on the wait: the session's one interruptive prompt is still there for the quota banner
  await upload(page, 5);
  await expect.poll(() => bannerOf(page).count(), { timeout: 5_000 }).toBe(1);
  await demo.close();
});

test('the debug panel says an inline campaign waits for its slot', async () => {
  const context = await e2e.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${e2e.stack.demoUrl}/?growthkit_debug=1`);
  const row = page.getByRole('region', { name: 'GrowthKit debug' }).locator('tr[data-campaign="waiting-card"]');
  await expect.poll(() => row.getAttribute('data-code'), { timeout: 10_000 }).toBe('slot-missing');
  expect(await row.getAttribute('data-verdict')).toBe('hold');
  expect(await row.locator('.debug-reason').textContent()).toBe('slot-missing: waits for its slot "later"');
  await context.close();
});

test("a widget in a slot has no z-index of its own: the host's sticky header paints over it", async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  const checklist = page.locator('[data-growthkit="checklist"] > [data-growthkit-widget]');
  await expect.poll(() => checklist.count(), { timeout: 10_000 }).toBe(1);
  expect(await checklist.evaluate((host) => [getComputedStyle(host).position, getComputedStyle(host).zIndex])).toEqual(['static', 'auto']);
  await page.evaluate(() => {
    const header = document.querySelector<HTMLElement>('.topbar')!;
    Object.assign(header.style, { position: 'sticky', top: '0', zIndex: '10' });
    // a flex slot: a z-index on its item would apply there, position or not
    document.querySelector<HTMLElement>('[data-growthkit="checklist"]')!.style.display = 'flex';
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.append(spacer);
    // the checklist card under the header
    scrollTo(0, document.querySelector('[data-growthkit="checklist"]')!.getBoundingClientRect().top + scrollY - 20);
  });
  expect(await controlsOnTop(page, '.topbar')).not.toContain(false);
  await demo.close();
});

test('a printed page carries no widget: neither the one in its slot nor a floating one, which would repeat on every sheet', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  await growthkit(page).show('host-asked');
  const hosts = page.locator('[data-growthkit-widget]');
  const shown = () =>
    hosts.evaluateAll((all) =>
      all.filter((host) => host.getClientRects().length > 0).map((host) => host.textContent || host.shadowRoot!.textContent!.slice(0, 30)),
    );
  await expect.poll(async () => (await shown()).length, { timeout: 10_000 }).toBe(2);
  await page.emulateMedia({ media: 'print' });
  expect(await shown()).toEqual([]);
  await page.emulateMedia({ media: 'screen' });
  expect(await shown()).toHaveLength(2);
  await demo.close();
});

test('a floating widget waits while the host has a <dialog> open with showModal() or a displayed [aria-modal="true"], and shows after it closes', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  const prompt = widgetTitled(page, 'After modal');
  await page.evaluate(() => {
    const dialog = document.createElement('dialog');
    dialog.id = 'host-dialog';
    dialog.textContent = 'Host dialog';
    document.body.append(dialog);
    dialog.showModal();
  });
  await growthkit(page).track('prompt_now');
  await page.waitForTimeout(600);
  expect(await prompt.count()).toBe(0);
  await page.evaluate(() => document.querySelector<HTMLDialogElement>('#host-dialog')!.close());
  await expect.poll(() => prompt.count(), { timeout: 5_000 }).toBe(1);

  // a hidden aria-modal element is no open modal; displayed, it takes the prompt off until it closes
  await page.evaluate(() => {
    const modal = document.createElement('div');
    modal.id = 'host-modal';
    modal.setAttribute('role', 'dialog');
    modal.hidden = true;
    modal.textContent = 'Host modal';
    document.body.append(modal);
  });
  await page.waitForTimeout(300);
  expect(await prompt.count()).toBe(1);
  await page.evaluate(() => {
    const modal = document.querySelector<HTMLElement>('#host-modal')!;
    modal.hidden = false;
    modal.setAttribute('aria-modal', 'true');
  });
  await expect.poll(() => prompt.count(), { timeout: 5_000 }).toBe(0);
  await page.evaluate(() => document.querySelector('#host-modal')!.removeAttribute('aria-modal'));
  await expect.poll(() => prompt.count(), { timeout: 5_000 }).toBe(1);
  await demo.close();
});

test('show(id) stacks above an open host modal, a showModal() <dialog> or a z-indexed [aria-modal], and can be used there', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  const prompt = widgetTitled(page, 'Host asked');
  /** our element is what the page hits at the centre of the prompt's close button */
  const onTop = () =>
    prompt.evaluate((host) => {
      const close = host.shadowRoot!.querySelector('button')!.getBoundingClientRect();
      return document.elementFromPoint(close.x + close.width / 2, close.y + close.height / 2) === host;
    });

  await page.evaluate(() => {
    const dialog = document.createElement('dialog');
    dialog.id = 'host-dialog';
    dialog.style.cssText = 'width: 100vw; height: 100vh; max-width: none; max-height: none';
    dialog.textContent = 'Host dialog';
    document.body.append(dialog);
    dialog.showModal();
  });
  await growthkit(page).show('host-asked');
  await expect.poll(() => prompt.count(), { timeout: 5_000 }).toBe(1);
  expect(await onTop()).toBe(true);
  // the host's dialog closes: the prompt stays on the page, no longer inside it
  await page.evaluate(() => document.querySelector<HTMLDialogElement>('#host-dialog')!.close());
  await expect.poll(() => prompt.evaluate((host) => host.parentElement === document.body && host.checkVisibility())).toBe(true);
  await prompt.getByRole('button', { name: 'Dismiss' }).click({ timeout: 2_000 });
  await expect.poll(() => prompt.count()).toBe(0);

  await page.evaluate(() => {
    const modal = document.createElement('div');
    modal.setAttribute('aria-modal', 'true');
    modal.setAttribute('role', 'dialog');
    modal.textContent = 'Host modal';
    Object.assign(modal.style, { position: 'fixed', inset: '0', zIndex: '2147483647', background: 'white' });
    document.body.append(modal);
  });
  await growthkit(page).show('host-asked');
  await expect.poll(() => prompt.count(), { timeout: 5_000 }).toBe(1);
  expect(await onTop()).toBe(true);
  await demo.close();
});

/** Makes the demo's header a fixed one (or sticky), the page long enough to scroll. */
async function hostHeader(page: Page, position: 'fixed' | 'sticky', offset?: boolean) {
  await page.evaluate(
    ([position, offset]) => {
      const header = document.querySelector<HTMLElement>('.topbar')!;
      Object.assign(header.style, { position, top: '0', insetInline: '0', zIndex: '10' });
      const height = `${header.offsetHeight}px`;
      if (position === 'fixed') document.body.style.paddingTop = height;
      // the documented setup: the header's height as --growthkit-offset-top on :root
      if (offset) document.documentElement.style.setProperty('--growthkit-offset-top', height);
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      document.body.append(spacer);
    },
    [position, offset] as const,
  );
}

test('with --growthkit-offset-top the banner sits below a fixed header and never covers its controls, scrolled or not', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  await hostHeader(page, 'fixed', true);
  await upload(page, 5);
  await expect.poll(() => bannerOf(page).count(), { timeout: 5_000 }).toBe(1);
  const header = await page.locator('.topbar').boundingBox();
  const banner = page.locator('[data-growthkit-widget="banner"]');
  for (const scroll of [0, 800]) {
    await page.evaluate((y) => scrollTo(0, y), scroll);
    expect(await controlsOnTop(page, '.topbar')).not.toContain(false);
    // in view, right below the header
    expect((await banner.boundingBox())!.y).toBeCloseTo(header!.height, 0);
  }
  await demo.close();
});

test('without the offset the banner is in the page flow: it covers no sticky header, scrolled or not', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  await hostHeader(page, 'sticky');
  await upload(page, 5);
  await expect.poll(() => bannerOf(page).count(), { timeout: 5_000 }).toBe(1);
  expect(await page.evaluate(() => document.body.firstElementChild?.getAttribute('data-growthkit-widget'))).toBe('banner');
  for (const scroll of [0, 800]) {
    await page.evaluate((y) => scrollTo(0, y), scroll);
    expect(await controlsOnTop(page, '.topbar')).not.toContain(false);
  }
  await demo.close();
});
