import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { choosePersona, openDemo } from '../support/demo-page.ts';
import { useStack } from '../support/use-stack.ts';

const CAMPAIGN = 'value-saved';

const e2e = useStack();

const cardOf = (page: Page) => page.locator('[data-growthkit="value-summary"]');
const heading = (page: Page) => cardOf(page).getByRole('heading', { level: 2 }).textContent();
const contributors = (page: Page) =>
  cardOf(page)
    .locator('.top li')
    .evaluateAll((items) => items.map((item) => [...item.querySelectorAll('span')].slice(0, 3).map((span) => span.textContent)));

/** "2 reports, a doc and an upload": 2 × 20 + 5 + 2 minutes by the demo campaign's value rules. */
async function work(page: Page) {
  await page.click('#report');
  await page.click('#report');
  await page.click('#create-doc');
  await page.click('#upload');
}

test('before any work, a basic user past day 7 is told their savings add up as they work, never that they saved 0 min', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  // day 3 of a trial: too early for a summary
  await page.waitForTimeout(300);
  expect(await cardOf(page).locator('[data-growthkit-widget]').count()).toBe(0);

  await choosePersona(page, 'basic');
  await expect.poll(() => cardOf(page).getByText('Nothing yet in this period.', { exact: false }).count(), { timeout: 10_000 }).toBe(1);
  expect(await heading(page)).toBe('Your savings add up as you work');
  expect(await cardOf(page).locator('.total').textContent()).toBe('Nothing yet in this period.');
  expect(await cardOf(page).getByText('0 min', { exact: false }).count()).toBe(0);
  await demo.close();
});

test('a basic user past day 7 sees the time saved grow as they work, switches the period by keyboard, follows the call to action and dismisses it', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  const userId = await choosePersona(page, 'basic');
  await expect.poll(() => cardOf(page).getByRole('heading', { level: 2 }).count(), { timeout: 10_000 }).toBe(1);
  await work(page);
  await expect.poll(() => heading(page)).toBe('Ben, you saved 47 min');
  expect(await contributors(page)).toEqual([
    ['Reports generated', '2×', '40 min'],
    ['Docs created', '1×', '5 min'],
    ['Files uploaded', '1×', '2 min'],
  ]);
  // nothing in the 30 days before: no change to speak of
  expect(await cardOf(page).locator('.trend').count()).toBe(0);

  const periods = cardOf(page).getByRole('group', { name: 'Period' });
  expect(await periods.getByRole('button', { name: 'Last 30 days' }).getAttribute('aria-pressed')).toBe('true');
  await periods.getByRole('button', { name: 'Last 30 days' }).focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => periods.getByRole('button', { name: 'Last 7 days' }).getAttribute('aria-pressed')).toBe('true');
  expect(await periods.getByRole('button', { name: 'Last 30 days' }).getAttribute('aria-pressed')).toBe('false');
  expect(await heading(page)).toBe('Ben, you saved 47 min');

  const cta = cardOf(page).getByRole('link', { name: 'See all reports' });
  expect(await cta.getAttribute('href')).toBe('/reports');
  await cta.click();
  await page.waitForURL('**/reports');

  await page.goto(e2e.stack.demoUrl);
  await expect.poll(() => heading(page), { timeout: 10_000 }).toBe('Ben, you saved 47 min');
  await cardOf(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect.poll(() => cardOf(page).locator('[data-growthkit-widget]').count()).toBe(0);
  await page.reload();
  await expect.poll(() => page.locator('[data-growthkit="upsell"] [data-growthkit-widget]').count(), { timeout: 10_000 }).toBe(1);
  expect(await cardOf(page).locator('[data-growthkit-widget]').count()).toBe(0);

  const events = (await demo.events(CAMPAIGN)).filter((event) => event.userId === userId);
  expect(events[0]).toMatchObject({ name: 'gk.shown', props: {} });
  expect(events.filter((event) => event.name !== 'gk.shown').map((event) => [event.name, event.props])).toEqual([
    ['gk.click', { action: 'period', period: 'week' }],
    ['gk.click', { action: '/reports' }],
    ['gk.dismiss', {}],
  ]);
  expect(demo.problems).toEqual([]);
  await demo.close();
});

test('in Simplified Chinese the summary reads in Chinese, with durations as Chromium formats them for zh-CN', async () => {
  const demo = await openDemo(e2e.browser, e2e.stack);
  const { page } = demo;
  await choosePersona(page, 'basic');
  await expect.poll(() => cardOf(page).getByRole('heading', { level: 2 }).count(), { timeout: 10_000 }).toBe(1);
  await work(page);
  const format = (minutes: number[]) =>
    page.evaluate(
      (list) =>
        list.map((minutes) =>
          new (
            Intl as unknown as { DurationFormat: new (locale: string, options: object) => { format(d: object): string } }
          ).DurationFormat('zh-CN', {
            style: 'short',
          }).format({ minutes }),
        ),
      minutes,
    );
  const [total, reports, docs, uploads] = await format([47, 40, 5, 2]);
  // the Language select saves the choice and reloads the page
  await Promise.all([page.waitForEvent('load'), page.selectOption('#locale', 'zh-CN')]);

  await expect.poll(() => heading(page), { timeout: 10_000 }).toBe(`Ben，你节省了 ${total}`);
  expect(await contributors(page)).toEqual([
    ['生成的报告', '2 次', reports],
    ['创建的文档', '1 次', docs],
    ['上传的文件', '1 次', uploads],
  ]);
  expect(
    await cardOf(page).getByRole('group', { name: '时间范围' }).getByRole('button', { name: '近 30 天' }).getAttribute('aria-pressed'),
  ).toBe('true');
  expect(demo.problems).toEqual([]);
  await demo.close();
});

test("a browser in a language the project does not translate (Arabic) gets the widget in the project's default, left to right", async () => {
  const demo = await openDemo(e2e.browser, e2e.stack, { locale: 'ar' });
  const { page } = demo;
  await choosePersona(page, 'basic');
  await expect.poll(() => cardOf(page).getByRole('heading', { level: 2 }).count(), { timeout: 10_000 }).toBe(1);
  await work(page);
  await expect.poll(() => heading(page)).toMatch(/^Ben, you saved 47 min$/);
  const root = await cardOf(page)
    .locator('.kit')
    .evaluate((kit) => ({ dir: kit.getAttribute('dir'), lang: kit.getAttribute('lang') }));
  expect(root).toEqual({ dir: 'ltr', lang: 'en' });
  await demo.close();
});
