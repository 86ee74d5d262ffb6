import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  buildContext,
  chooseOffer,
  describeOfferChoice,
  evalCondition,
  explainCondition,
  fillPlaceholders,
  localize,
  type Offer,
  type UpsellWidget,
} from '@growthkit/core';
import { PERSONAS, type Persona } from '../../demo/src/personas.ts';
import { choosePersona, openDemo } from '../support/demo-page.ts';
import { useStack } from '../support/use-stack.ts';

const CAMPAIGN = 'upsell-card';

const e2e = useStack();
let offers: Offer[];

beforeAll(async () => {
  // the catalogue as the collector serves it, so the expectation follows the seed
  const campaign = (await e2e.stack.store.liveCampaigns('demo')).find((candidate) => candidate.id === CAMPAIGN);
  offers = (campaign!.widget as UpsellWidget).offers;
});

/** What core's chooseOffer picks for a demo persona on a fresh workspace (no storage used), before and after a dismissal. */
function expectedOffers(persona: Persona) {
  const now = new Date();
  const attributes = buildContext({ traits: { ...PERSONAS[persona] }, usage: { storage_gb: { used: 0, limit: 5 } }, now });
  const first = chooseOffer(offers, attributes, { dismissals: {} }, now, { evalCondition, explainCondition });
  const next = chooseOffer(offers, attributes, { dismissals: { [first.offer!.id]: now.toISOString() } }, now, {
    evalCondition,
    explainCondition,
  });
  return { first, next };
}

const title = (offer: Offer, persona: Persona) => fillPlaceholders(localize(offer.title, 'en'), { user: PERSONAS[persona] });

const cardOf = (page: Page) => page.locator('[data-growthkit="upsell"]');
const cardTitle = (page: Page) => cardOf(page).getByRole('heading', { level: 2 }).textContent();

/**
 * The person looks at the card: it may sit below the fold, and is seen (gk.shown) once half of it is in view after a
 * paint. Two frames later the impression is recorded.
 */
async function lookAtCard(page: Page): Promise<void> {
  await cardOf(page).locator('[data-growthkit-widget]').scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)))));
}

/** What has focus, looking into open shadow roots. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.getAttribute('aria-label') ?? active?.textContent;
  });

test.each(['trial', 'basic', 'growth', 'high-value'] as const)(
  'the %s persona sees the offer chooseOffer picks; "Not interested" takes the card off the page, the next page view brings the next best, whose call to action reaches the host',
  async (persona) => {
    const { first, next } = expectedOffers(persona);
    // the personas are meant to differ: a first and a different next best offer, so the test can tell them apart
    expect(first.offer && next.offer && next.offer.id !== first.offer.id).toBe(true);
    const best = first.offer!;
    const second = next.offer!;

    const demo = await openDemo(e2e.browser, e2e.stack);
    const { page } = demo;
    // the select only reacts to a change, so the trial persona (the demo's first) is reached through another one
    if (persona === 'trial') await choosePersona(page, 'basic');
    const userId = await choosePersona(page, persona);
    await expect
      .poll(() => cardTitle(page), { timeout: 10_000, message: `why: ${describeOfferChoice(first, offers)}` })
      .toBe(title(best, persona));
    expect(await cardOf(page).getByText(localize(best.value, 'en')).count()).toBe(1);
    expect(await cardOf(page).getByRole('heading', { level: 2 }).count()).toBe(1);
    await lookAtCard(page);

    // by keyboard: the card leaves this page, and no next offer lands under focus for Enter to dismiss again
    await cardOf(page).getByRole('button', { name: 'Not interested' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => cardOf(page).getByRole('heading', { level: 2 }).count()).toBe(0);
    await page.keyboard.press('Enter');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await cardOf(page).getByRole('heading', { level: 2 }).count()).toBe(0);
    expect(await focusedName(page)).not.toBe('Not interested');

    // the next page view brings the next best
    await page.reload();
    await expect
      .poll(() => cardTitle(page), { timeout: 10_000, message: `why: ${describeOfferChoice(next, offers)}` })
      .toBe(title(second, persona));
    await lookAtCard(page);

    const { action } = second;
    if ('url' in action) {
      expect(
        await cardOf(page)
          .getByRole('link', { name: localize(action.label, 'en') })
          .getAttribute('href'),
      ).toBe(action.url);
      await cardOf(page)
        .getByRole('link', { name: localize(action.label, 'en') })
        .click();
      await page.waitForURL(`**${action.url}`);
    } else {
      await page.evaluate(() => {
        const ctas: unknown[] = [];
        (window as unknown as { ctas: unknown[] }).ctas = ctas;
        (window as unknown as { growthkit: { on(name: string, handler: (payload: unknown) => void): void } }).growthkit.on(
          'cta',
          (payload) => ctas.push(payload),
        );
      });
      await cardOf(page)
        .getByRole('button', { name: localize(action.label, 'en') })
        .click();
      expect(await page.evaluate(() => (window as unknown as { ctas: unknown[] }).ctas)).toEqual([
        { campaignId: CAMPAIGN, offer: second.id, action: action.action },
      ]);
    }

    // the users this device was before the persona switch are someone else
    const events = (await demo.events(CAMPAIGN)).filter((event) => event.userId === userId);
    // A URL loads a new page of the demo, where the card is in the home section the demo hides once its script runs:
    // whether it was half in view for a frame before is that page's, not this test's.
    const untilClick = events.slice(0, events.findIndex((event) => event.name === 'gk.click') + 1);
    expect(untilClick.map((event) => [event.name, event.props])).toEqual([
      ['gk.shown', { offer: best.id }],
      ['gk.dismiss', { offer: best.id }],
      ['gk.shown', { offer: second.id }],
      ['gk.click', { offer: second.id, action: 'url' in action ? action.url : action.action }],
    ]);
    expect(demo.problems).toEqual([]);
    await demo.close();
  },
);

test('a first-time visitor (the trial persona, no other action) who dismisses an offer and reloads is still one user to the collector', async () => {
  // a plain first visit: nothing of the demo's in storage yet
  const context = await e2e.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const devices = new Set<string>();
  page.on('request', (request) => {
    if (request.url().includes('/v1/events'))
      for (const event of JSON.parse(request.postData() ?? '{}').events ?? []) devices.add(event.anonymousId);
  });
  await page.goto(e2e.stack.demoUrl);
  await expect.poll(() => cardTitle(page), { timeout: 10_000 }).toBe(title(expectedOffers('trial').first.offer!, 'trial'));
  await cardOf(page).getByRole('button', { name: 'Not interested' }).click();
  await page.reload();
  await expect.poll(() => cardOf(page).getByRole('heading', { level: 2 }).count(), { timeout: 10_000 }).toBe(1);
  await page.evaluate(() => (window as unknown as { growthkit: { flush(): Promise<void> } }).growthkit.flush());
  const users = new Set(
    e2e.stack.storedEvents().flatMap((event) => (devices.has(event.anonymous_id) && event.user_id ? [event.user_id] : [])),
  );
  expect([...users]).toHaveLength(1);
  await context.close();
});

test("another user signing in on the same device does not inherit the previous user's dismissed offer", async () => {
  const { first } = expectedOffers('trial');
  // a race shows it in most page loads, not all: three tries make a pass by luck unlikely
  for (let attempt = 0; attempt < 3; attempt++) {
    const demo = await openDemo(e2e.browser, e2e.stack);
    const { page } = demo;
    await expect.poll(() => cardTitle(page), { timeout: 10_000 }).toBe(title(first.offer!, 'trial'));
    await cardOf(page).getByRole('button', { name: 'Not interested' }).click();
    await expect.poll(() => cardOf(page).getByRole('heading', { level: 2 }).count()).toBe(0);
    // the host app now has someone else signed in (a new trial user), who the demo identifies on the next load
    await page.evaluate(() => {
      const workspace = JSON.parse(
        localStorage.getItem('acme:workspace') ?? '{"persona":"trial","docs":[],"teammates":1,"storageGb":0,"reports":0}',
      );
      localStorage.setItem('acme:workspace', JSON.stringify({ ...workspace, userId: `trial-${crypto.randomUUID().slice(0, 8)}` }));
    });
    await page.reload();
    await expect.poll(() => cardOf(page).getByRole('heading', { level: 2 }).count(), { timeout: 10_000 }).toBe(1);
    await page.waitForTimeout(300);
    expect(await cardTitle(page), `attempt ${attempt + 1}`).toBe(title(first.offer!, 'trial'));
    await demo.close();
  }
});
