import { beforeAll, expect, test } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { docsScreenshot } from '../support/docs-screenshot.ts';
import { expectAccessible, openConsole as openConsoleOf, press, signIn, typeInto } from '../support/console-page.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();
const openConsole = (path: string, options: BrowserContextOptions = {}) =>
  openConsoleOf(e2e, path, { viewport: { width: 1280, height: 1000 }, ...options });
const DAY = 86_400_000;
const NOW = Date.now();
// Half a day off whole days, so no event sits on a UTC midnight whatever the hour the test runs; the latest is 12 h
// ago and the earliest 11.5 days ago, all inside the scorecard's 30 UTC days.
const daysAgo = (n: number) => new Date(NOW - n * DAY).toISOString();

/**
 * Account Acme (growth plan, 5 seats at plan_price 2,000, so 20 work events a month; renews in 12 days). Dana answered
 * NPS 4, created a doc on each of the last 12 days and generated a report; she saw the quota prompt in the experiment's
 * `value` variant. Lee (NPS 9) created 3 docs and invited a teammate. With the demo's four key features and two work
 * events: breadth 3 of 4 = 0.75, depth 2 of 5 seats = 0.4, reach 16 of 20 = 0.8, value score round(100 × 1.95 / 3) = 65.
 * Dana's NPS is her one risk signal (medium); Lee has none (low).
 */
beforeAll(async () => {
  const seat = (userId: string) => ({ userId, anonymousId: `device-of-${userId}`, accountId: 'acme' });
  const event = (userId: string, name: string, ts: string, extra: object = {}) => ({
    ...seat(userId),
    id: crypto.randomUUID(),
    type: 'track',
    name,
    ts,
    ...extra,
  });
  const acme = { name: 'Acme', plan: 'growth', seats: 5, plan_price: 2_000, renews_at: new Date(NOW + 12 * DAY).toISOString() };
  const events = [
    event('dana', 'identify', daysAgo(40), {
      type: 'identify',
      props: { name: 'Dana Reyes', email: 'dana@acme.test', nps: 4, plan: 'growth', signed_up_at: daysAgo(40) },
    }),
    event('dana', 'group', daysAgo(40), { type: 'group', props: acme }),
    ...Array.from({ length: 12 }, (_, n) => event('dana', 'doc_created', daysAgo(n + 0.5))),
    event('dana', 'report_generated', daysAgo(2.5)),
    event('dana', 'gk.exposure', daysAgo(3.5), {
      type: 'widget',
      campaignId: 'storage-quota',
      experiment: 'demo-upgrade-copy',
      variant: 'value',
    }),
    event('lee', 'identify', daysAgo(30), { type: 'identify', props: { name: 'Lee Park', email: 'lee@acme.test', nps: 9 } }),
    event('lee', 'group', daysAgo(30), { type: 'group', props: acme }),
    ...Array.from({ length: 3 }, (_, n) => event('lee', 'doc_created', daysAgo(n + 1.5))),
    event('lee', 'teammate_invited', daysAgo(4.5)),
    // a user the host identifies by first and last name only, as the demo does, on no account
    {
      ...event('ben', 'identify', daysAgo(20), { type: 'identify', props: { first_name: 'Ben', last_name: 'Okafor', plan: 'basic' } }),
      accountId: undefined,
    },
  ];
  const res = await fetch(`${e2e.stack.collectorUrl}/v1/events`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  expect(await res.json()).toMatchObject({ accepted: events.length, rejected: [] });
});

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const figure = (page: Page, label: string) => page.locator('.figure').filter({ has: page.locator('.figure-label', { hasText: label }) });

test('by keyboard alone: search "acme", open the account, read its numbers as seeded, follow a link to a user and back', async () => {
  const console = await openConsole('/console/customers');
  const { page } = console;
  await signIn(page);
  await expect.poll(() => heading(page)).toBe('Customers');
  await typeInto(page.getByLabel('Name, email, company or id'), 'ACME');
  const matches = page.locator('#customer-matches tbody tr');
  await expect
    .poll(() => matches.allTextContents())
    .toEqual(['account acmeAcme———', 'user danaDana Reyesdana@acme.test—acme', 'user leeLee Parklee@acme.test—acme']);
  expect(page.url()).toBe(`${e2e.stack.collectorUrl}/console/customers?query=ACME`);

  // ↓ from the box to the results, ↓ ↑ through them, Enter on the account
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('dana');
  await page.keyboard.press('ArrowUp');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('acme');
  await page.keyboard.press('Enter');
  await expect.poll(() => heading(page)).toBe('Account acme');
  expect(page.url()).toBe(`${e2e.stack.collectorUrl}/console/customers/accounts/acme`);

  const account = (await (
    await fetch(`${e2e.stack.collectorUrl}/v1/admin/accounts/acme`, { headers: { authorization: 'Bearer sk_demo' } })
  ).json()) as { value: { value_score: number }; renewal: { daysToRenewal: number } };
  expect(account).toMatchObject({ value: { breadth: 0.75, depth: 0.4, reach: 0.8, value_score: 65 }, renewal: { daysToRenewal: 12 } });
  await expect.poll(() => figure(page, 'Value score').textContent()).toContain('65 / 100');
  expect(await figure(page, 'Renewal').textContent()).toContain('Renews in 12 days');
  expect(await figure(page, 'Seats').textContent()).toContain('2 / 5');
  expect(await figure(page, 'Risk').textContent()).toContain('1 user at medium risk');
  // plan_price is in minor units, shown as money as the Metrics page shows it
  expect(await page.locator('.pairs div').filter({ hasText: 'plan_price' }).locator('dd').textContent()).toBe('20.00');
  expect(await figure(page, 'Tier').textContent()).toContain('growth');
  const parts = page.getByRole('region', { name: 'Value score and its parts' });
  expect(await parts.locator('dd').allTextContents()).toEqual(['75%', '40%', '80%']);
  const users = page.getByRole('region', { name: 'Users (2)' }).locator('tbody tr');
  expect(await users.locator('th, td').evaluateAll((cells) => cells.map((cell) => cell.textContent))).toEqual([
    'dana',
    'Dana Reyes · dana@acme.test',
    'medium',
    'Negative feedback',
    expect.stringMatching(/hours? ago/),
    '16',
    'lee',
    'Lee Park · lee@acme.test',
    'low',
    'none',
    expect.stringMatching(/day|yesterday/),
    '6',
  ]);

  // a user's link opens their picture; its account card links back to the account
  await press(users.first().getByRole('link', { name: 'dana' }));
  await expect.poll(() => heading(page)).toBe('Customer dana');
  await press(page.getByRole('link', { name: 'Open account acme' }));
  await expect.poll(() => heading(page)).toBe('Account acme');
  await page.goBack();
  await expect.poll(() => heading(page)).toBe('Customer dana');
  await page.goBack();
  await page.goBack();
  await expect.poll(() => heading(page)).toBe('Customers');
  expect(await page.getByLabel('Name, email, company or id').inputValue()).toBe('ACME');
  expect(console.problems).toEqual([]);
  await console.close();
}, 40_000);

test('a user identified by first and last name only is found by either, and the Name column shows it', async () => {
  const console = await openConsole('/console/customers');
  const { page } = console;
  await signIn(page);
  for (const text of ['Ben', 'okafor']) {
    await typeInto(page.getByLabel('Name, email, company or id'), text);
    await expect
      .poll(() => page.locator('#customer-matches tbody tr').allTextContents(), { message: text })
      .toEqual(['user benBen Okafor———']);
  }
  await console.close();
});

test("a success manager opens a customer by id and reads the endpoint's picture: risk in words, tier, renewal, counters, variants", async () => {
  const picture = (await (
    await fetch(`${e2e.stack.collectorUrl}/v1/admin/users/dana`, { headers: { authorization: 'Bearer sk_demo' } })
  ).json()) as {
    computed: { risk: string; riskSignals: string[]; tier: string; days_to_renewal: number };
    counters: Record<string, { last7: number; last30: number; total: number }>;
    eventCount: number;
  };
  expect(picture.computed.riskSignals).toEqual(['negative_feedback']);

  const console = await openConsole('/console/customers');
  const { page } = console;
  await signIn(page);
  await expect.poll(() => heading(page)).toBe('Customers');
  // Enter opens the match whose id is the text, before the search's pause is over
  await typeInto(page.getByLabel('Name, email, company or id'), 'dana');
  await page.keyboard.press('Enter');
  await expect.poll(() => heading(page)).toBe('Customer dana');
  expect(page.url()).toBe(`${e2e.stack.collectorUrl}/console/customers/dana`);

  const figures = page.locator('.figure');
  await expect.poll(() => figures.count()).toBe(4);
  expect(await figures.nth(0).textContent()).toContain(picture.computed.risk);
  expect(await figures.nth(1).textContent()).toContain('65 / 100');
  expect(await figures.nth(2).textContent()).toContain(picture.computed.tier);
  expect(await figures.nth(3).textContent()).toContain(`Renews in ${picture.computed.days_to_renewal} days`);
  expect(await page.getByRole('region', { name: 'Risk signals' }).getByRole('listitem').count()).toBe(1);
  expect(await page.getByRole('region', { name: 'Risk signals' }).textContent()).toContain('Negative feedback: an NPS of 6 or less');
  expect(await page.getByRole('region', { name: 'Traits' }).textContent()).toContain('Dana Reyes');
  expect(await page.getByRole('region', { name: 'Account acme' }).textContent()).toContain('Acme');
  expect(await page.getByRole('region', { name: 'Experiments' }).textContent()).toContain('demo-upgrade-copyvalue since');
  const docs = page.getByRole('row', { name: /doc_created/ });
  // a doc on each of the last 12 days: all 12 in 30 days; 6 or 7 of them in the last 7 UTC days, by the time of day
  const counted = picture.counters.doc_created!;
  expect([counted.last30, counted.total]).toEqual([12, 12]);
  expect(counted.last7).toBeOneOf([6, 7]);
  expect((await docs.getByRole('cell').allTextContents()).slice(0, 3)).toEqual([counted.last7, 12, 12].map(String));
  expect(await page.getByRole('region', { name: /Last events/ }).textContent()).toContain(`of ${picture.eventCount}`);

  // a search from the picture's head that finds nobody says so and what to try; back returns to Dana
  await typeInto(page.getByLabel('Find a customer'), 'nobody');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('status').textContent()).toContain('No user or account matches “nobody”');
  expect(page.url()).toBe(`${e2e.stack.collectorUrl}/console/customers?query=nobody`);
  await page.goBack();
  await expect.poll(() => heading(page)).toBe('Customer dana');
  expect(console.problems).toEqual([]);
  await console.close();
}, 40_000);

test('an unknown user or account at its own URL says so and what to check', async () => {
  const console = await openConsole('/console/customers/nobody');
  const { page } = console;
  await signIn(page);
  await expect.poll(() => page.locator('.state-empty').textContent()).toContain('no event of this project names the user "nobody"');
  // the key is kept for the tab: a new address in it needs no new sign-in
  await page.goto(`${e2e.stack.collectorUrl}/console/customers/accounts/initech`);
  await expect.poll(() => page.locator('.state-empty').textContent()).toContain('no event of this project names the account "initech"');
  expect(console.problems.filter((problem) => !problem.includes('404'))).toEqual([]);
  await console.close();
}, 40_000);

test.each(['light', 'dark'] as const)(
  'the customer pages pass axe and are pictured for the docs, %s',
  async (colorScheme) => {
    const dark = colorScheme === 'dark' ? '-dark' : '';
    const console = await openConsole('/console/customers/dana', { bypassCSP: true, colorScheme });
    const { page } = console;
    await signIn(page);
    await expect.poll(() => page.locator('.figure').count()).toBe(4);
    await expectAccessible(page, 'customer');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await docsScreenshot(page, `console-customer${dark}`);

    await press(page.getByRole('link', { name: 'Open account acme' }));
    await expect.poll(() => page.locator('.figure').count()).toBe(5);
    await expectAccessible(page, 'account');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await docsScreenshot(page, `console-account${dark}`);

    await press(page.getByRole('link', { name: 'Customers' }).first());
    await typeInto(page.getByLabel('Name, email, company or id'), 'acme');
    await expect.poll(() => page.locator('#customer-matches tbody tr').count()).toBe(3);
    await expectAccessible(page, 'customer search');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await docsScreenshot(page, `console-customers-search${dark}`);
    await console.close();
  },
  40_000,
);
