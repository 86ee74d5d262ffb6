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
// billing happens in last month, so the metrics page is asked for one whole month whatever today's date
const today = new Date(NOW);
const LAST_MONTH = Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 1);
const LAST_MONTH_END = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1) - DAY;
const inLastMonth = (days: number) => new Date(LAST_MONTH + days * DAY).toISOString();
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const admin = async <T>(path: string) =>
  (await (await fetch(`${e2e.stack.collectorUrl}/v1/admin/${path}`, { headers: { authorization: 'Bearer sk_demo' } })).json()) as T;

/**
 * Ten days ago 9 cancel flows: too_expensive saved by a discount twice and cancelled once after declining it, missing_feature
 * cancelled three times, and one closed without deciding; long ago (200 days) one more cancellation outside the default
 * range. Billing: acme, globex and initech subscribe before last month; in it, initech cancels and globex upgrades.
 */
beforeAll(async () => {
  const flow = (ts: string, props: Record<string, string>) => ({
    id: crypto.randomUUID(),
    type: 'widget',
    name: 'gk.cancel_outcome',
    userId: 'leaver',
    anonymousId: 'device-of-leaver',
    campaignId: 'cancel-flow',
    ts,
    props,
  });
  const bill = (accountId: string, name: string, ts: string, props: Record<string, unknown> = {}) => ({
    id: crypto.randomUUID(),
    type: 'track',
    name,
    anonymousId: accountId,
    accountId,
    ts,
    props,
  });
  // ten users new 60 days ago, active on day 1 (5 of them), day 7 (3) and day 30 (2): the metrics page's retention
  const cohort = Array.from({ length: 10 }, (_, i) => {
    const use = (day: number) => ({
      id: crypto.randomUUID(),
      type: 'track',
      name: 'doc_created',
      userId: `newcomer-${i}`,
      anonymousId: `device-of-newcomer-${i}`,
      ts: daysAgo(60 - day),
    });
    return [use(0), ...(i < 5 ? [use(1)] : []), ...(i < 3 ? [use(7)] : []), ...(i < 2 ? [use(30)] : [])];
  }).flat();
  // the quota prompt's funnel: 12 people exposed, 8 of them shown it, 4 of those click, 2 of those upgrade
  const funnel = Array.from({ length: 12 }, (_, i) => {
    const person = { userId: `funnel-${i}`, anonymousId: `device-of-funnel-${i}` };
    const step = (name: string, minutes: number) => ({
      ...person,
      id: crypto.randomUUID(),
      type: name === 'plan_upgraded' ? 'track' : 'widget',
      name,
      ts: new Date(NOW - DAY + minutes * 60_000).toISOString(),
      ...(name === 'plan_upgraded' ? {} : { campaignId: 'storage-quota', experiment: 'demo-upgrade-copy', variant: 'control' }),
    });
    return [
      step('gk.exposure', 0),
      ...(i < 8 ? [step('gk.shown', 1)] : []),
      ...(i < 4 ? [step('gk.click', 2)] : []),
      ...(i < 2 ? [step('plan_upgraded', 3)] : []),
    ];
  }).flat();
  const events = [
    ...cohort,
    ...funnel,
    flow(daysAgo(10), { outcome: 'saved', reason: 'too_expensive', offer: 'discount' }),
    flow(daysAgo(10), { outcome: 'saved', reason: 'too_expensive', offer: 'discount' }),
    flow(daysAgo(10), { outcome: 'cancelled', reason: 'too_expensive', offer: 'discount' }),
    flow(daysAgo(10), { outcome: 'cancelled', reason: 'missing_feature' }),
    flow(daysAgo(10), { outcome: 'cancelled', reason: 'missing_feature' }),
    flow(daysAgo(10), { outcome: 'cancelled', reason: 'missing_feature' }),
    flow(daysAgo(10), { outcome: 'dismissed', reason: 'too_expensive', offer: 'pause' }),
    flow(daysAgo(200), { outcome: 'cancelled', reason: 'switched_tool' }),
    bill('acme', 'subscription_started', inLastMonth(-20), { plan: 'basic', mrr: 2000 }),
    bill('globex', 'subscription_started', inLastMonth(-20), { plan: 'basic', mrr: 2000 }),
    bill('globex', 'plan_changed', inLastMonth(10), { from: 'basic', to: 'growth', mrr_before: 2000, mrr_after: 5000 }),
    bill('initech', 'subscription_started', inLastMonth(-20), { plan: 'basic', mrr: 2000 }),
    bill('initech', 'subscription_cancelled', inLastMonth(12), { cause: 'voluntary' }),
  ];
  const res = await fetch(`${e2e.stack.collectorUrl}/v1/events`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  expect(await res.json()).toMatchObject({ accepted: events.length, rejected: [] });
});

test('the churn page shows the report of its date range: save rate with its counts, reasons and offers; a wider range adds the old cancellation', async () => {
  const console = await openConsole('/console/reports/churn');
  const { page } = console;
  await signIn(page);
  await expect.poll(() => page.locator('.figure').count()).toBe(4);
  expect(await page.locator('.figure').first().textContent()).toBe('Save rate33.3%2 saved of 6 who decided');
  const reasons = page.getByRole('region', { name: 'Reasons' }).getByRole('row');
  expect(await reasons.allTextContents()).toEqual(['ReasonCountShare', 'missing feature350.0%', 'too expensive350.0%']);
  expect(await page.getByRole('region', { name: 'Save offers' }).getByRole('row').allTextContents()).toEqual([
    'OfferShownSavedSave rate',
    'discount3266.7%',
    'pause100.0%',
  ]);
  expect(await page.locator('canvas[role="img"]').getAttribute('aria-label')).toContain('missing feature 50.0%');

  await typeInto(page.getByLabel('From'), '01012020');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.url()).toContain('?from=2020-01-01&to=');
  await expect.poll(() => page.locator('.figure').first().textContent()).toBe('Save rate28.6%2 saved of 7 who decided');
  const wide = await admin<{ reasons: { reason: string; count: number }[] }>(`reports/churn?from=2020-01-01T00:00:00Z`);
  expect(await reasons.count()).toBe(wide.reasons.length + 1);
  await page.goBack();
  await expect.poll(() => page.locator('.figure').first().textContent()).toBe('Save rate33.3%2 saved of 6 who decided');
  expect(console.problems).toEqual([]);
  await console.close();
}, 40_000);

test('a metrics segment nobody is in says so in place of each chart, not with empty axes', async () => {
  const console = await openConsole(
    `/console/reports/metrics?from=${isoDay(LAST_MONTH)}&to=${isoDay(LAST_MONTH_END)}&segment=plan%3Aenterprise`,
  );
  const { page } = console;
  await signIn(page);
  await expect.poll(() => page.locator('#metrics').count()).toBe(1);
  expect(await page.locator('.chart-empty').allTextContents()).toEqual([
    expect.stringContaining('No retention to draw'),
    expect.stringContaining('No churn to draw'),
  ]);
  expect(await page.locator('canvas').count()).toBe(0);
  await console.close();
});

test('the metrics page shows each month of its range with the counts behind every figure', async () => {
  const console = await openConsole(`/console/reports/metrics?from=${isoDay(LAST_MONTH)}&to=${isoDay(LAST_MONTH_END)}`);
  const { page } = console;
  await signIn(page);
  await expect.poll(() => page.locator('#metrics tbody tr').count()).toBe(12);
  const last = (name: string) =>
    page
      .getByRole('row', { name: new RegExp(`^${name}`) })
      .getByRole('cell')
      .last()
      .textContent();
  expect(await page.locator('#metrics thead th').count()).toBe(2);
  expect(await page.getByText(/^Everyone, /).textContent()).toBe(
    `Everyone, ${isoDay(LAST_MONTH)} to ${isoDay(LAST_MONTH_END)}, days in UTC.`,
  );
  // last month: acme 20.00 and globex 50.00 paying at its end, initech cancelled (voluntary) of the 3 subscribed at its start
  expect(await last('ARPU')).toBe('35.00MRR 70.00 / 2 paying');
  expect(await page.getByRole('row', { name: /^Churn, voluntary/ }).textContent()).toContain('1 of 3');
  expect(await page.getByRole('row', { name: /^Expansion revenue share/ }).textContent()).toContain('30.00 of 70.00');
  // globex's one upgrade, in the singular
  expect(await last('Upgrades per account-year')).toMatch(/1 upgrade, 2 paying$/);
  // churn is drawn; nobody was new last month (the retention users are 60 days old), which the retention chart says
  expect(await page.locator('canvas[role="img"]').count()).toBe(1);
  expect(await page.locator('.chart-empty').textContent()).toContain('No retention to draw');
  expect(console.problems).toEqual([]);
  await console.close();
}, 40_000);

test('the default metrics view heads the running month with its days so far, and a figure not measurable yet is "no data", not 0%', async () => {
  const console = await openConsole('/console/reports/metrics');
  const { page } = console;
  await signIn(page);
  await expect.poll(() => page.locator('#metrics').count()).toBe(1);
  // the month so far: from its 1st to today, with the days since its start (the report's asOf is a moment after NOW)
  const first = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1);
  const day = (ms: number) => new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', timeZone: 'UTC' });
  const month = today.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const name = today.getUTCDate() === 1 ? `1 ${month}` : `${day(first)}–${day(NOW)} ${month}`;
  const head = await page.locator('#metrics thead th').last().textContent();
  expect(head).toMatch(new RegExp(`^${name}[\\d.]+ days so far$`));
  // nobody first seen this month has had a day 30 yet: the chart says "no data" for it rather than drawing 0%
  const retention = await page.locator('canvas[role="img"]').first().getAttribute('aria-label');
  expect(retention).toMatch(new RegExp(`${name} \\([\\d.]+ days so far\\) D1 [^,]+, D7 [^,]+, D30 no data`));
  expect(retention).not.toContain('—');
  expect(console.problems).toEqual([]);
  await console.close();
}, 40_000);

test('months stepped from the 31st are headed with the days they cover: February is not skipped', async () => {
  const console = await openConsole('/console/reports/metrics?from=2026-01-31&to=2026-03-30');
  const { page } = console;
  await signIn(page);
  await expect.poll(() => page.locator('#metrics thead th').count()).toBe(3);
  // 31 Jan → 28 Feb (28 days, its last day the 27th), 28 Feb → 31 Mar (`to` is the end of 30 March: 31 days)
  expect(await page.locator('#metrics thead th').allTextContents()).toEqual([
    'Metric',
    '31 Jan – 27 Feb 202628 days',
    '28 Feb – 30 Mar 202631 days',
  ]);
  await console.close();
}, 40_000);

test("a campaign's funnel shows the people of each step the seeded events make, and the conversion from the step before", async () => {
  const console = await openConsole('/console/reports/funnel');
  const { page } = console;
  await signIn(page);
  await page.getByLabel('Campaign').selectOption('storage-quota');
  await expect.poll(() => page.url()).toContain('campaignId=storage-quota');
  await expect.poll(() => page.locator('#funnel tbody tr').count()).toBe(4);
  expect(await page.locator('#funnel tbody tr').allTextContents()).toEqual([
    'exposuregk.exposure12—100.0%—',
    'showngk.shown866.7%66.7%1 min',
    'clickgk.click450.0%33.3%1 min',
    'goalplan_upgraded250.0%16.7%1 min',
  ]);
  expect(await page.locator('canvas[role="img"]').getAttribute('aria-label')).toContain('exposure 12 people, shown 8 people');
  expect(console.problems).toEqual([]);
  await console.close();
}, 40_000);

test.each(['light', 'dark'] as const)(
  'the report pages pass axe and are pictured for the docs, %s',
  async (colorScheme) => {
    const console = await openConsole('/console/reports/metrics', { bypassCSP: true, colorScheme });
    const { page } = console;
    const suffix = colorScheme === 'dark' ? '-dark' : '';
    await signIn(page);
    await expect.poll(() => page.locator('#metrics').count()).toBe(1);
    await expectAccessible(page, 'metrics');
    await docsScreenshot(page, `console-metrics${suffix}`);
    await page.getByRole('link', { name: 'Churn' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.figure').count()).toBe(4);
    await expectAccessible(page, 'churn');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await docsScreenshot(page, `console-churn${suffix}`);
    await page.goto(`${e2e.stack.collectorUrl}/console/reports/funnel?campaignId=storage-quota`);
    await expect.poll(() => page.locator('#funnel').count()).toBe(1);
    await expectAccessible(page, 'funnel');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await docsScreenshot(page, `console-funnel${suffix}`);
    await typeInto(page.getByLabel('To (included)'), '01012020');
    await expect.poll(() => page.locator('#range-error').count()).toBe(1);
    await expectAccessible(page, 'range error');
    await console.close();
  },
  40_000,
);
