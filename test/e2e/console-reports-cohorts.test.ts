import { beforeAll, expect, test } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { expectAccessible, openConsole as openConsoleOf, picture, press, signIn, typeInto } from '../support/console-page.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();
const openConsole = (path: string, options: BrowserContextOptions = {}) =>
  openConsoleOf(e2e, path, { viewport: { width: 1280, height: 1000 }, ...options });

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** day 0 of every seeded user: 40 UTC days ago, so their day 30 has ended */
const DAY0 = Math.floor(Date.now() / DAY) * DAY - 40 * DAY;
const D0 = new Date(DAY0).toISOString().slice(0, 10);
/** every page is asked for day 0 alone, so the reports hold the seeded users and nobody else */
const RANGE = `from=${D0}&to=${D0}`;
const GROWTH = 'segment=plan%3Agrowth';

/**
 * The generator behind every count below. `PEOPLE` users p0 … p11 (index i), all new on day 0; at day 0 + t:
 * - 09:00 identify with plan `growth` when i < GROWTH_BELOW, else `basic` (their first event);
 * - checklist `welcome` (steps connect, invite, publish; experiment goal `paid` within 14 days): `gk.exposure` 09:01 for
 *   all, `gk.shown` 09:02 when i < SHOWN_BELOW, `gk.click` 09:03 when shown and i is even; steps connect 09:10 when
 *   i < 8, invite 09:20 when i < 5, publish 09:30 and `gk.completed` 09:31 when i < FINISHED_BELOW;
 * - host events: upgrade_page_viewed 10:00 for all, plan_chosen 2·(i + 1) minutes later when i < 7, paid 2 h after
 *   plan_chosen when i < 3;
 * - doc_created at 09:00 of day 1 when i is even, of day 7 when i is a multiple of 3, of day 30 for p0 and p11.
 */
const PEOPLE = 12;
const GROWTH_BELOW = 6;
const SHOWN_BELOW = 10;
const FINISHED_BELOW = 3;

function seededEvents() {
  const events: object[] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const person = { userId: `p${i}`, anonymousId: `device-of-p${i}` };
    const at = (ms: number) => new Date(DAY0 + ms).toISOString();
    const track = (name: string, ms: number, props: object = {}) =>
      events.push({ ...person, id: crypto.randomUUID(), type: 'track', name, ts: at(ms), props });
    const widget = (name: string, ms: number, props: object = {}) =>
      events.push({ ...person, id: crypto.randomUUID(), type: 'widget', name, campaignId: 'welcome', ts: at(ms), props });
    const shown = i < SHOWN_BELOW;
    events.push({
      ...person,
      id: crypto.randomUUID(),
      type: 'identify',
      name: 'identify',
      ts: at(9 * HOUR),
      props: { plan: i < GROWTH_BELOW ? 'growth' : 'basic' },
    });
    widget('gk.exposure', 9 * HOUR + MINUTE);
    if (shown) widget('gk.shown', 9 * HOUR + 2 * MINUTE);
    if (shown && i % 2 === 0) widget('gk.click', 9 * HOUR + 3 * MINUTE);
    if (shown && i < 8) widget('gk.step_completed', 9 * HOUR + 10 * MINUTE, { step: 'connect' });
    if (shown && i < 5) widget('gk.step_completed', 9 * HOUR + 20 * MINUTE, { step: 'invite' });
    if (shown && i < FINISHED_BELOW) {
      widget('gk.step_completed', 9 * HOUR + 30 * MINUTE, { step: 'publish' });
      widget('gk.completed', 9 * HOUR + 31 * MINUTE);
    }
    const chosen = 10 * HOUR + 2 * (i + 1) * MINUTE;
    track('upgrade_page_viewed', 10 * HOUR);
    if (i < 7) track('plan_chosen', chosen);
    if (i < 3) track('paid', chosen + 2 * HOUR);
    if (i % 2 === 0) track('doc_created', DAY + 9 * HOUR);
    if (i % 3 === 0) track('doc_created', 7 * DAY + 9 * HOUR);
    if (i === 0 || i === 11) track('doc_created', 30 * DAY + 9 * HOUR);
  }
  return events;
}

beforeAll(async () => {
  const campaign = {
    id: 'welcome',
    status: 'live',
    widget: {
      type: 'checklist',
      steps: ['connect', 'invite', 'publish'].map((id) => ({ id, label: { en: id }, complete: { kind: 'manual' } })),
    },
    content: { title: { en: 'Welcome' } },
    experiment: {
      key: 'welcome-test',
      variants: [
        { key: 'a', weight: 1 },
        { key: 'b', weight: 1 },
      ],
      goal: { event: 'paid', windowDays: 14 },
    },
  };
  const put = await fetch(`${e2e.stack.collectorUrl}/v1/admin/campaigns/welcome`, {
    method: 'PUT',
    headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
    body: JSON.stringify({ campaign, author: 'test' }),
  });
  expect(put.status).toBe(201);
  const events = seededEvents();
  const res = await fetch(`${e2e.stack.collectorUrl}/v1/events`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  expect(await res.json()).toMatchObject({ accepted: events.length, rejected: [] });
});

const rows = (page: Page, table: string) => page.locator(`${table} tbody tr`);
const rowTexts = async (page: Page, table: string) => {
  await expect.poll(() => rows(page, table).count()).toBeGreaterThan(0);
  return rows(page, table).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent ?? '')));
};

test('the campaign funnel shows the generator’s counts, and the growth segment its own; back goes to everyone', async () => {
  const console = await openConsole(`/console/reports/funnel?campaignId=welcome&${RANGE}`);
  const { page } = console;
  await signIn(page);
  // everyone: 12 exposed, 10 shown, the 5 even of those click, p0 and p2 pay (about 3 h after the click: 2:59 and 3:03)
  await expect
    .poll(() => rowTexts(page, '#funnel'))
    .toEqual([
      ['exposure', 'gk.exposure', '12', '—', '100.0%', '—'],
      ['shown', 'gk.shown', '10', '83.3%', '83.3%', '1 min'],
      ['click', 'gk.click', '5', '50.0%', '41.7%', '1 min'],
      ['goal', 'paid', '2', '40.0%', '16.7%', '3.0 h'],
    ]);
  await typeInto(page.getByLabel('Segment trait'), 'plan');
  await typeInto(page.getByLabel('Value'), 'growth');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.url()).toContain(GROWTH);
  // growth (p0–p5): all 6 shown, p0, p2, p4 click, p0 and p2 pay
  await expect
    .poll(() => rowTexts(page, '#funnel'))
    .toEqual([
      ['exposure', 'gk.exposure', '6', '—', '100.0%', '—'],
      ['shown', 'gk.shown', '6', '100.0%', '100.0%', '1 min'],
      ['click', 'gk.click', '3', '50.0%', '50.0%', '1 min'],
      ['goal', 'paid', '2', '66.7%', '33.3%', '3.0 h'],
    ]);
  expect(await page.getByText('Users whose plan is growth').count()).toBe(1);
  await page.goBack();
  await expect.poll(() => rowTexts(page, '#funnel').then((texts) => texts[0]?.[2])).toBe('12');
  expect(await page.getByLabel('Segment trait').inputValue()).toBe('');
  expect(console.problems).toEqual([]);
  await console.close();
}, 40_000);

test('a PM picks three host events in order and sees people, conversion and median time per step; a second tab holds the growth cohort', async () => {
  const console = await openConsole(`/console/reports/event-funnel?${RANGE}`);
  const { page } = console;
  await signIn(page);
  await expect.poll(() => page.getByText('Pick the steps of your funnel').count()).toBe(1);
  // each step offers the project's host event names, the most recently seen first (doc_created: day 30)
  await expect
    .poll(() => page.locator('#event-names option').evaluateAll((options) => options.map((option) => option.getAttribute('value'))))
    .toEqual(['doc_created', 'paid', 'plan_chosen', 'upgrade_page_viewed']);
  await typeInto(page.getByLabel('Step 1'), 'upgrade_page_viewed');
  await typeInto(page.getByLabel('Step 2'), 'plan_chosen');
  await press(page.getByRole('button', { name: 'Add a step' }));
  await typeInto(page.getByLabel('Step 3'), 'paid');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.url()).toContain('steps=upgrade_page_viewed%2Cplan_chosen%2Cpaid');
  // everyone: 12 view; p0–p6 choose after 2, 4, … 14 min (median 8); p0–p2 pay 2 h after choosing
  await expect
    .poll(() => rowTexts(page, '#funnel'))
    .toEqual([
      ['upgrade_page_viewed', '12', '—', '100.0%', '—'],
      ['plan_chosen', '7', '58.3%', '58.3%', '8 min'],
      ['paid', '3', '42.9%', '25.0%', '2.0 h'],
    ]);

  // the same funnel of the growth plan in a tab of its own, the first one left as it is
  const growth = await console.page.context().newPage();
  await growth.goto(`${page.url()}&${GROWTH}`);
  await signIn(growth);
  // growth (p0–p5): all 6 choose, after 2 … 12 min (median 7); p0–p2 pay
  await expect
    .poll(() => rowTexts(growth, '#funnel'))
    .toEqual([
      ['upgrade_page_viewed', '6', '—', '100.0%', '—'],
      ['plan_chosen', '6', '100.0%', '100.0%', '7 min'],
      ['paid', '3', '50.0%', '50.0%', '2.0 h'],
    ]);
  expect((await rowTexts(page, '#funnel'))[0]?.[1]).toBe('12');
  expect(console.problems).toEqual([]);
  await console.close();
}, 40_000);

test('a segment on computed risk keeps to the users who are at that risk now, as the hint under the filter says', async () => {
  const console = await openConsole(`/console/reports/event-funnel?steps=upgrade_page_viewed%2Cplan_chosen%2Cpaid&${RANGE}`);
  const { page } = console;
  await signIn(page);
  await expect.poll(() => rowTexts(page, '#funnel').then((texts) => texts[0]?.[1])).toBe('12');
  expect(await page.locator('#segment-hint').textContent()).toContain('risk, riskSignals, tier');
  await typeInto(page.getByLabel('Segment trait'), 'risk');
  await typeInto(page.getByLabel('Value'), 'medium');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.url()).toContain('segment=risk%3Amedium');
  // silent (no product event for 14 days) is one signal, medium: p1–p10, whose last event was on day 7 or before;
  // p0 and p11 used the product on day 30, 10 days ago. p1–p6 choose after 4 … 14 min (median 9); p1, p2 pay
  await expect
    .poll(() => rowTexts(page, '#funnel'))
    .toEqual([
      ['upgrade_page_viewed', '10', '—', '100.0%', '—'],
      ['plan_chosen', '6', '60.0%', '60.0%', '9 min'],
      ['paid', '2', '33.3%', '20.0%', '2.0 h'],
    ]);
  expect(await page.getByText('Users whose risk is medium now').count()).toBe(1);
  expect(console.problems).toEqual([]);
  await console.close();
}, 40_000);

test('onboarding retention splits the new users by whether they finished the checklist, for everyone and for the growth plan', async () => {
  const console = await openConsole(`/console/reports/onboarding?campaignId=welcome&${RANGE}`);
  const { page } = console;
  await signIn(page);
  // finished p0–p2; day 1 active p0, p2 | p4, p6, p8, p10; day 7 p0 | p3, p6, p9; day 30 p0 | p11
  await expect
    .poll(() => rowTexts(page, '#retention'))
    .toEqual([
      ['Finished the checklist', '3', '66.7% 2 of 3', '33.3% 1 of 3', '33.3% 1 of 3'],
      ['Everyone else (did not finish)', '9', '44.4% 4 of 9', '33.3% 3 of 9', '11.1% 1 of 9'],
    ]);
  await page.goto(`${e2e.stack.collectorUrl}/console/reports/onboarding?campaignId=welcome&${RANGE}&${GROWTH}`);
  // growth: finished p0–p2 as before; not finished p3–p5: day 1 p4, day 7 p3, day 30 nobody
  await expect
    .poll(() => rowTexts(page, '#retention'))
    .toEqual([
      ['Finished the checklist', '3', '66.7% 2 of 3', '33.3% 1 of 3', '33.3% 1 of 3'],
      ['Everyone else (did not finish)', '3', '33.3% 1 of 3', '33.3% 1 of 3', '0.0% 0 of 3'],
    ]);
  expect(console.problems).toEqual([]);
  await console.close();
}, 40_000);

test('the checklist step funnel shows where users stall', async () => {
  const console = await openConsole(`/console/reports/checklist?campaignId=welcome&${RANGE}`);
  const { page } = console;
  await signIn(page);
  await expect
    .poll(() => rowTexts(page, '#checklist'))
    .toEqual([
      ['Shown the checklist', '10', '—', '—'],
      ['connect', '8', '80.0%', '80.0%'],
      ['invite', '5', '50.0%', '62.5%'],
      ['publish', '3', '30.0%', '60.0%'],
      ['Completed the checklist', '3', '30.0%', '—'],
    ]);
  expect(await page.locator('.verdict').textContent()).toBe('Most people stall before publish: 60.0% of those who got to it completed it.');
  expect(console.problems).toEqual([]);
  await console.close();
}, 40_000);

const NEW_PAGES = [
  ['event-funnel', `/console/reports/event-funnel?steps=upgrade_page_viewed%2Cplan_chosen%2Cpaid&${RANGE}`, '#funnel'],
  ['checklist', `/console/reports/checklist?campaignId=welcome&${RANGE}`, '#checklist'],
  ['onboarding', `/console/reports/onboarding?campaignId=welcome&${RANGE}`, '#retention'],
] as const;

test.each((['light', 'dark'] as const).flatMap((scheme) => NEW_PAGES.map(([name, path, table]) => ({ scheme, name, path, table }))))(
  'the $name report passes axe and is pictured for the docs, $scheme; a segment half given is refused at the field',
  async ({ scheme, name, path, table }) => {
    const console = await openConsole(path, { bypassCSP: true, colorScheme: scheme });
    const { page } = console;
    await signIn(page);
    await expect.poll(() => page.locator(table).count()).toBe(1);
    await expectAccessible(page, name);
    await picture(page, `console-${name}${scheme === 'dark' ? '-dark' : ''}`);
    await typeInto(page.getByLabel('Segment trait'), 'plan');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#segment-error').textContent()).toContain('Give both a trait and its value');
    await expectAccessible(page, `${name}, segment error`);
    await console.close();
  },
  40_000,
);
