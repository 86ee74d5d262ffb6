import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { CANCEL_REASONS, localize, matchSaveOffer, type CancelFlowWidget, type CancelReason, type SaveOffer } from '@growthkit/core';
import { adminEvents } from '../support/admin-events.ts';
import { openDemo } from '../support/demo-page.ts';
import { useStack } from '../support/use-stack.ts';
import { nextPaint } from '../support/next-paint.ts';

const CAMPAIGN = 'cancel-flow';
/** SPEC §3: whatever fails, the host has its answer within this */
const PROCEED_WITHIN_MS = 3000;

const e2e = useStack();
let flow: CancelFlowWidget;

beforeAll(async () => {
  // the catalogue as the collector serves it, so the expectations follow the seed
  const campaign = (await e2e.stack.store.liveCampaigns('demo')).find((candidate) => candidate.id === CAMPAIGN);
  flow = campaign!.widget as CancelFlowWidget;
});

/** the English label of each reason, as the flow shows it */
const REASON_LABELS: Record<CancelReason, string> = {
  too_expensive: "It's too expensive",
  missing_features: "It's missing features I need",
  hard_to_use: "It's hard to use",
  competitor: "I'm switching to another product",
  business_changed: 'My business changed',
  other: 'Something else',
};

const dialog = (page: Page) => page.getByRole('dialog');
const heading = (page: Page) => dialog(page).getByRole('heading', { level: 2 }).textContent();
const outcomeLine = (page: Page) => page.locator('#cancel-outcome').textContent();

/** the account page, and its Cancel button pressed: the flow opens on the reason step */
async function startCancelling(page: Page): Promise<void> {
  if (!page.url().endsWith('/account')) await page.getByRole('link', { name: 'Account' }).click();
  await page.getByRole('button', { name: 'Cancel subscription' }).click();
  await expect.poll(() => heading(page), { timeout: 10_000 }).toBe('Before you go, Tess');
}

async function giveReason(page: Page, reason: CancelReason): Promise<void> {
  await dialog(page).getByRole('radio', { name: REASON_LABELS[reason] }).check();
  await dialog(page).getByRole('button', { name: 'Continue cancelling' }).click();
}

/** every gk.cancel_outcome of the user, as the admin API returns them */
async function outcomesOf(userId: string) {
  const events = await adminEvents(e2e.stack.collectorUrl, 'sk_demo');
  return events.filter((event) => event.name === 'gk.cancel_outcome' && event.userId === userId).map((event) => event.props);
}

const userOf = (page: Page) =>
  page.evaluate(() => (JSON.parse(localStorage.getItem('acme:workspace') ?? '{}') as { userId: string }).userId);
const flush = (page: Page) => page.evaluate(() => (window as unknown as { growthkit: { flush(): Promise<void> } }).growthkit.flush());

test('each reason leads to the offer matched to it; closing the flow resolves dismissed', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  for (const reason of CANCEL_REASONS) {
    const offer = matchSaveOffer(flow, reason) as SaveOffer;
    await startCancelling(page);
    await giveReason(page, reason);
    await expect.poll(() => heading(page), { message: reason }).toBe(localize(offer.title, 'en'));
    expect(await dialog(page).getByText(localize(offer.body, 'en')).count()).toBe(1);
    // seen before it is closed, as a person would
    await nextPaint(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => outcomeLine(page)).toBe(`Outcome: dismissed · reason: ${reason} · offer: ${offer.id}`);
    expect(await dialog(page).count()).toBe(0);
  }
  const userId = await userOf(page);
  await flush(page);
  const outcomes = await outcomesOf(userId);
  expect(outcomes.map((props) => [props.reason, props.offer, props.outcome])).toEqual(
    CANCEL_REASONS.map((reason) => [reason, matchSaveOffer(flow, reason)!.id, 'dismissed']),
  );
  // each offer put was counted as shown, for the churn report
  const shown = (await demo.events(CAMPAIGN)).filter((event) => event.name === 'gk.shown' && event.props.offer);
  expect(shown.map((event) => event.props.offer)).toEqual(CANCEL_REASONS.map((reason) => matchSaveOffer(flow, reason)!.id));
  expect(demo.problems).toEqual([]);
  await demo.close();
});

test('accepting the offer resolves saved; declining it and confirming resolves cancelled with the reason; each reaches the collector once', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  await page.evaluate(() => {
    const ctas: unknown[] = [];
    (window as unknown as { ctas: unknown[] }).ctas = ctas;
    (window as unknown as { growthkit: { on(name: string, handler: (payload: unknown) => void): void } }).growthkit.on('cta', (payload) =>
      ctas.push(payload),
    );
  });
  await startCancelling(page);
  await giveReason(page, 'too_expensive');
  await dialog(page).getByRole('button', { name: 'Take 50% off' }).click();
  await expect.poll(() => outcomeLine(page)).toBe('Outcome: saved · reason: too_expensive · offer: half-off-3-months');
  expect(await page.evaluate(() => (window as unknown as { ctas: unknown[] }).ctas)).toEqual([
    { campaignId: CAMPAIGN, offer: 'half-off-3-months', action: 'apply_discount' },
  ]);

  await startCancelling(page);
  await giveReason(page, 'hard_to_use');
  await expect.poll(() => heading(page)).toBe('Let us set it up with you');
  await dialog(page).getByRole('button', { name: 'Continue cancelling' }).click();
  await expect.poll(() => heading(page)).toBe('Cancel your subscription?');
  await dialog(page).getByRole('button', { name: 'Confirm cancellation' }).click();
  await expect.poll(() => outcomeLine(page)).toBe('Outcome: cancelled · reason: hard_to_use · offer: guided-setup');

  const userId = await userOf(page);
  await flush(page);
  expect(await outcomesOf(userId)).toEqual([
    { outcome: 'saved', reason: 'too_expensive', offer: 'half-off-3-months' },
    { outcome: 'cancelled', reason: 'hard_to_use', offer: 'guided-setup' },
  ]);
  expect(demo.problems).toEqual([]);
  await demo.close();
});

test('the flow opens above a host modal that is open, and is used there', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  await page.getByRole('link', { name: 'Account' }).click();
  const answer = page.evaluate(() => {
    const modal = document.body.appendChild(document.createElement('dialog'));
    modal.textContent = 'Manage subscription';
    modal.showModal();
    return (window as unknown as { growthkit: { cancelFlow(): Promise<unknown> } }).growthkit.cancelFlow();
  });
  await expect.poll(() => heading(page), { timeout: 10_000 }).toBe('Before you go, Tess');
  await dialog(page).getByRole('button', { name: 'Continue cancelling' }).click();
  await dialog(page).getByRole('button', { name: 'Confirm cancellation' }).click();
  expect(await answer).toEqual({ outcome: 'cancelled' });
  await demo.close();
});

test("Escape closes the flow over a host modal, not the host's modal: focus goes back to the button in it", async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  await page.getByRole('link', { name: 'Account' }).click();
  await page.evaluate(() => {
    const modal = document.body.appendChild(document.createElement('dialog'));
    const button = modal.appendChild(document.createElement('button'));
    button.textContent = 'Cancel my plan';
    button.addEventListener('click', () => {
      const growthkit = (window as unknown as { growthkit: { cancelFlow(): Promise<unknown> } }).growthkit;
      void growthkit.cancelFlow().then((result) => Object.assign(window, { answered: result }));
    });
    modal.showModal();
  });
  await page.getByRole('button', { name: 'Cancel my plan' }).click();
  await expect.poll(() => heading(page), { timeout: 10_000 }).toBe('Before you go, Tess');
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => (window as unknown as { answered?: unknown }).answered)).toEqual({ outcome: 'dismissed' });
  expect(await page.evaluate(() => document.querySelector('dialog')?.open)).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel my plan');
  await demo.close();
});

/** Runs the account page's Cancel button in the stub's callback form and says what the host heard, and after how long. */
async function cancelAsTheHost(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ result: unknown; ms: number }>((resolve) => {
        const start = performance.now();
        (window as unknown as { growthkit: (...args: unknown[]) => void }).growthkit('cancelFlow', {}, (result: unknown) =>
          resolve({ result, ms: performance.now() - start }),
        );
      }),
  );
}

test('fail-open: with the SDK script blocked, the stub answers proceed within 3 s', async () => {
  const context = await e2e.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.route('**/sdk/growthkit.js', (route) => route.abort());
  await page.goto(e2e.stack.demoUrl);
  const { result, ms } = await cancelAsTheHost(page);
  expect(result).toEqual({ outcome: 'proceed' });
  expect(ms).toBeLessThanOrEqual(PROCEED_WITHIN_MS + 100);
  // the demo's own button, the promise form through the stub's property
  await page.getByRole('link', { name: 'Account' }).click();
  await page.getByRole('button', { name: 'Cancel subscription' }).click();
  await expect.poll(() => outcomeLine(page), { timeout: PROCEED_WITHIN_MS + 1000 }).toBe('Outcome: proceed');
  await context.close();
});

test('fail-open: with the widget files unreachable, the promise gets proceed within 3 s, reported once', async () => {
  const context = await e2e.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.route('**/sdk/widgets/**', (route) => route.abort());
  await page.goto(e2e.stack.demoUrl);
  const { result, ms } = await cancelAsTheHost(page);
  expect(result).toEqual({ outcome: 'proceed' });
  expect(ms).toBeLessThanOrEqual(PROCEED_WITHIN_MS);
  const userId = await userOf(page);
  await flush(page);
  expect(await outcomesOf(userId)).toEqual([{ outcome: 'proceed' }]);
  await context.close();
});

test('fail-open: with the collector down, the host gets proceed within 3 s', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  await e2e.stack.stopCollector();
  try {
    const { result, ms } = await cancelAsTheHost(demo.page);
    expect(result).toEqual({ outcome: 'proceed' });
    expect(ms).toBeLessThanOrEqual(PROCEED_WITHIN_MS);
  } finally {
    await e2e.stack.restartCollector();
    await demo.close();
  }
});
