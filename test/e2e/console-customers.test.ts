import { beforeAll, expect, test } from 'vitest';
import type { BrowserContextOptions } from 'playwright-core';
import { docsScreenshot } from '../support/docs-screenshot.ts';
import { expectAccessible, openConsole as openConsoleOf, signIn, typeInto } from '../support/console-page.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();
const openConsole = (path: string, options: BrowserContextOptions = {}) =>
  openConsoleOf(e2e, path, { viewport: { width: 1280, height: 1000 }, ...options });
const DAY = 86_400_000;
const NOW = Date.now();
const daysAgo = (n: number) => new Date(NOW - n * DAY).toISOString();

/**
 * Dana of account Acme (growth plan, renews in 12 days) answered NPS 4 and created a doc on each of the last 12 days;
 * she saw the quota prompt in the experiment's `value` variant.
 */
beforeAll(async () => {
  const dana = { userId: 'dana', anonymousId: 'device-of-dana', accountId: 'acme' };
  const event = (name: string, ts: string, extra: object = {}) => ({ ...dana, id: crypto.randomUUID(), type: 'track', name, ts, ...extra });
  const events = [
    event('identify', daysAgo(40), { type: 'identify', props: { name: 'Dana Reyes', nps: 4, plan: 'growth', signed_up_at: daysAgo(40) } }),
    event('group', daysAgo(40), {
      type: 'group',
      props: { name: 'Acme', plan: 'growth', seats: 5, renews_at: new Date(NOW + 12 * DAY).toISOString() },
    }),
    ...Array.from({ length: 12 }, (_, n) => event('doc_created', daysAgo(n + 0.5))),
    event('report_generated', daysAgo(2)),
    event('gk.exposure', daysAgo(3), { type: 'widget', campaignId: 'storage-quota', experiment: 'demo-upgrade-copy', variant: 'value' }),
  ];
  const res = await fetch(`${e2e.stack.collectorUrl}/v1/events`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  expect(await res.json()).toMatchObject({ accepted: events.length, rejected: [] });
});

test("a success manager finds a customer by id and reads the endpoint's picture: risk in words, tier, renewal, counters, variants", async () => {
  const picture = (await (
    await fetch(`${e2e.stack.collectorUrl}/v1/admin/users/dana`, { headers: { authorization: 'Bearer sk_demo' } })
  ).json()) as {
    computed: { risk: string; riskSignals: string[]; tier: string; days_to_renewal: number };
    counters: Record<string, { last7: number; last30: number; total: number }>;
    eventCount: number;
  };
  expect(picture.computed.riskSignals).toContain('negative_feedback');

  const console = await openConsole('/console/customers');
  const { page } = console;
  await signIn(page);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Customers');
  await typeInto(page.getByLabel('User id'), 'dana');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Customer dana');
  expect(page.url()).toBe(`${e2e.stack.collectorUrl}/console/customers/dana`);

  const figures = page.locator('.figure');
  await expect.poll(() => figures.count()).toBe(4);
  expect(await figures.nth(0).textContent()).toContain(picture.computed.risk);
  expect(await figures.nth(2).textContent()).toContain(picture.computed.tier);
  expect(await figures.nth(3).textContent()).toContain(`Renews in ${picture.computed.days_to_renewal} days`);
  expect(await page.getByRole('region', { name: 'Risk signals' }).getByRole('listitem').count()).toBe(picture.computed.riskSignals.length);
  expect(await page.getByRole('region', { name: 'Risk signals' }).textContent()).toContain('Negative feedback: an NPS of 6 or less');
  expect(await page.getByRole('region', { name: 'Traits' }).textContent()).toContain('Dana Reyes');
  expect(await page.getByRole('region', { name: 'Account acme' }).textContent()).toContain('Acme');
  expect(await page.getByRole('region', { name: 'Experiments' }).textContent()).toContain('demo-upgrade-copyvalue since');
  const docs = page.getByRole('row', { name: /doc_created/ });
  // a doc on each of the last 12 days: all 12 in 30 days; 6 or 7 of them in the last 7 UTC days, by the time of day
  const counted = picture.counters.doc_created;
  expect([counted.last30, counted.total]).toEqual([12, 12]);
  expect(counted.last7).toBeOneOf([6, 7]);
  expect((await docs.getByRole('cell').allTextContents()).slice(0, 3)).toEqual([counted.last7, 12, 12].map(String));
  expect(await page.getByRole('region', { name: /Last events/ }).textContent()).toContain(`of ${picture.eventCount}`);

  // an unknown id says so and what to check, at its own URL; back returns to Dana
  await typeInto(page.getByLabel('User id'), 'nobody');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByText('No such customer').count()).toBe(1);
  expect(await page.locator('.state-empty').textContent()).toContain('no event of this project names the user "nobody"');
  await page.goBack();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Customer dana');
  expect(console.problems.filter((problem) => !problem.includes('404'))).toEqual([]);
  await console.close();
}, 40_000);

test.each(['light', 'dark'] as const)(
  'the customer pages pass axe and are pictured for the docs, %s',
  async (colorScheme) => {
    const console = await openConsole('/console/customers/dana', { bypassCSP: true, colorScheme });
    const { page } = console;
    await signIn(page);
    await expect.poll(() => page.locator('.figure').count()).toBe(4);
    await expectAccessible(page, 'customer');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await docsScreenshot(page, `console-customer${colorScheme === 'dark' ? '-dark' : ''}`);
    await page.goto(`${e2e.stack.collectorUrl}/console/customers`);
    await expect.poll(() => page.getByLabel('User id').count()).toBe(1);
    await expectAccessible(page, 'customer search');
    await console.close();
  },
  40_000,
);
