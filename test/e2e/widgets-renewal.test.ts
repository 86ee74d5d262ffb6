import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { PERSONAS } from '../../demo/src/personas.ts';
import { choosePersona, openDemo } from '../support/demo-page.ts';
import { useStack } from '../support/use-stack.ts';

const CAMPAIGN = 'renewal';
const DAY = 86_400_000;
const isoDate = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

const e2e = useStack();

type GrowthKit = {
  track(event: string): void;
  identify(userId: string, traits: Record<string, unknown>): void;
  on(name: string, handler: (payload: unknown) => void): void;
};

const promptOf = (page: Page) => page.locator('body > [data-growthkit-widget]').getByRole('region', { name: /renews in|still here/ });
/** each recap tile as "label: value" */
const tiles = (page: Page) =>
  promptOf(page)
    .locator('.recap div')
    .evaluateAll((all) => all.map((tile) => `${tile.children[0].textContent}: ${tile.children[1].textContent}`));

/** The person looks at the prompt: seen (gk.shown) once half of it is in view after a paint. */
const look = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)))));

/** Tracks each event `times` times through the SDK, as the demo's buttons do. */
async function track(page: Page, counts: Record<string, number>) {
  await page.evaluate((counts) => {
    const { growthkit } = window as unknown as { growthkit: GrowthKit };
    for (const [event, times] of Object.entries(counts)) for (let i = 0; i < times; i++) growthkit.track(event);
  }, counts);
}

/** Becomes a new user of the demo with these traits, without the demo's persona select. */
const identify = (page: Page, userId: string, traits: Record<string, unknown>) =>
  page.evaluate(([userId, traits]) => (window as unknown as { growthkit: GrowthKit }).growthkit.identify(userId, traits), [
    userId,
    traits,
  ] as const);

test('the at-risk persona 15 days before renewal sees the renewal prompt with the value its events saved, and its offer; closing it settles the 15-day stage', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  const userId = await choosePersona(page, 'at-risk');
  await expect
    .poll(() => promptOf(page).getByRole('heading', { level: 2 }).textContent(), { timeout: 10_000 })
    .toBe('Your plan renews in 15 days');
  // nothing that argues for cancelling: no "0 min", no "0%", no low score, no "1 of 5"
  await page.waitForTimeout(300);
  expect(await promptOf(page).locator('.recap').count()).toBe(0);

  // by the campaign's rules: reports 20 min, docs 5 min, invites 10 min, uploads 2 min; other events are worth nothing
  await track(page, { report_generated: 4, doc_created: 3, teammate_invited: 2, file_uploaded: 5, customer_connected: 7 });
  const minutes = 4 * 20 + 3 * 5 + 2 * 10 + 5 * 2; // 125 min
  expect(minutes).toBe(125);
  await expect.poll(() => tiles(page).then((all) => all[0])).toBe('Saved in the last 30 days: 2 hr, 5 min');

  // The collector scores the account over every seat's events and sends the scorecard with the state, which the page
  // asks for when it loads. The demo project's key features are these four events, all used now: breadth 4 / 4 = 1.
  // One of the account's 5 seats is active: depth 0.2. Its work events (docs and reports) are 3 + 4 = 7 of the
  // 1 × 19.00 = 19 its $19 plan should buy: reach 7 / 19 = 0.368. Score: 100 × (1 + 0.2 + 0.368) / 3 = 52.3 → 52.
  // "1 of 5" active seats would argue for cancelling, so that tile stays out.
  await page.evaluate(() => (window as unknown as { growthkit: { flush(): Promise<void> } }).growthkit.flush());
  await page.reload();
  await expect
    .poll(() => tiles(page), { timeout: 10_000 })
    .toEqual(['Saved in the last 30 days: 2 hr, 5 min', 'Value score: 52/100', 'Features used: 100%']);

  // nps 4 is negative_feedback: the offer matched to it, flexible billing
  expect(await promptOf(page).getByRole('heading', { level: 3, name: 'Pay monthly instead' }).count()).toBe(1);
  expect(await promptOf(page).getByRole('listitem').allTextContents()).toEqual([
    'Shared templates Your whole team starts from the same docs.',
    'Scheduled reports Reports arrive in inboxes every Monday.',
  ]);
  await look(page);
  await promptOf(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect.poll(() => promptOf(page).count()).toBe(0);
  await page.reload();
  await page.waitForTimeout(1_500);
  expect(await promptOf(page).count()).toBe(0);

  const events = (await demo.events(CAMPAIGN)).filter((event) => event.userId === userId);
  // one impression on each of the two page views it was seen on (before and after the reload)
  expect(events.map((event) => [event.name, event.props])).toEqual([
    ['gk.shown', { stage: 15, offer: 'flexible-billing' }],
    ['gk.shown', { stage: 15, offer: 'flexible-billing' }],
    ['gk.dismiss', { stage: 15, offer: 'flexible-billing' }],
  ]);
  expect(demo.problems).toEqual([]);
  await demo.close();
});

test('a low-risk user 15 days before renewal sees no renewal prompt; the same user with nps 4 does', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  const low = `low-${crypto.randomUUID().slice(0, 8)}`;
  await identify(page, low, { ...PERSONAS['at-risk'], first_name: 'Lou', nps: 9 });
  await page.waitForTimeout(2_000);
  expect(await promptOf(page).count()).toBe(0);
  // the control: one signal more (negative feedback) makes the same user medium risk, and the prompt comes
  await identify(page, `${low}-unhappy`, { ...PERSONAS['at-risk'], first_name: 'Lou', nps: 4 });
  await expect.poll(() => promptOf(page).count(), { timeout: 10_000 }).toBe(1);
  expect((await demo.events(CAMPAIGN)).filter((event) => event.userId === low)).toEqual([]);
  await demo.close();
});

test('a lapsed account sees the win-back, whose offer reaches the host’s cta handler', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  await page.evaluate(() => {
    const ctas: unknown[] = [];
    (window as unknown as { ctas: unknown[] }).ctas = ctas;
    (window as unknown as { growthkit: GrowthKit }).growthkit.on('cta', (payload) => ctas.push(payload));
  });
  const userId = `lapsed-${crypto.randomUUID().slice(0, 8)}`;
  await identify(page, userId, { first_name: 'Lee', plan: 'basic', signed_up_at: isoDate(-400), renews_at: isoDate(-3), nps: 9 });
  await expect
    .poll(() => promptOf(page).getByRole('heading', { level: 2 }).textContent(), { timeout: 10_000 })
    .toBe('Lee, your docs are still here');
  expect(await promptOf(page).locator('.recap').count()).toBe(0);
  await look(page);
  await promptOf(page).getByRole('button', { name: 'Reactivate' }).click();
  expect(await page.evaluate(() => (window as unknown as { ctas: unknown[] }).ctas)).toEqual([
    { campaignId: CAMPAIGN, offer: 'win-back-month', action: 'reactivate' },
  ]);
  await expect.poll(() => promptOf(page).count()).toBe(0);
  const events = (await demo.events(CAMPAIGN)).filter((event) => event.userId === userId);
  expect(events.map((event) => [event.name, event.props])).toEqual([
    ['gk.shown', { stage: 'win-back', offer: 'win-back-month' }],
    ['gk.click', { offer: 'win-back-month', action: 'reactivate' }],
  ]);
  expect(demo.problems).toEqual([]);
  await demo.close();
});
