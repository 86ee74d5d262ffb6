import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { inlineCard, openRoutedHost, type RoutedEvent, type RouterMode } from '../support/routed-host.ts';
import { useCampaigns } from '../support/targeting-campaigns.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();

beforeAll(async () => {
  await useCampaigns(e2e.stack, [
    // the sidebar, on every page
    inlineCard('help', 'Help', 'help'),
    inlineCard('guide-tips', 'Guide tips', 'sidebar', '/guide'),
    // the main column, rendered again by the router on every route
    inlineCard('page-tip', 'Page tip', 'page-tip'),
    inlineCard('home-tip', 'Home tip', 'home-tip', '/'),
    inlineCard('guide-footer', 'Guide footer', 'guide-footer', '/guide'),
  ]);
  // the demo's onboarding checklist has no slot on this site: it would float over it
  for (const campaign of await e2e.stack.store.liveCampaigns('demo'))
    if (campaign.id === 'onboarding') await e2e.stack.putCampaign({ ...campaign, status: 'paused' });
});

/** the impressions the collector has, as `campaign@path`, sorted */
const impressions = (events: RoutedEvent[]) =>
  events
    .filter((event) => event.name === 'gk.shown')
    .map((event) => `${event.campaignId}@${event.path}`)
    .sort();
const pageViews = (events: RoutedEvent[]) => events.filter((event) => event.name === 'page');
const card = (page: Page, title: string) => page.locator('[data-growthkit-widget]').filter({ hasText: title });

test('a hash router: page views on the hash route (#/guide → /guide, the URL keeps the hash); a campaign targeted at /guide shows there', async () => {
  const host = await openRoutedHost(e2e.browser, e2e.stack, 'hash');
  const { page } = host;
  await expect.poll(() => card(page, 'Home tip').count(), { timeout: 10_000 }).toBe(1);
  expect(await card(page, 'Guide tips').count()).toBe(0);

  await page.getByRole('link', { name: 'Guide', exact: true }).click();
  await expect.poll(() => card(page, 'Guide tips').count(), { timeout: 5_000 }).toBe(1);
  expect(await card(page, 'Guide tips').getByRole('heading', { name: 'Guide tips' }).isVisible()).toBe(true);
  expect(await card(page, 'Home tip').count()).toBe(0);

  const events = await host.events();
  expect(pageViews(events).map(({ path, url }) => ({ path, url }))).toEqual([
    { path: '/', url: `${host.url}/#/` },
    { path: '/guide', url: `${host.url}/#/guide` },
  ]);
  // every event of the guide page is on its path
  const sinceGuide = events.slice(events.indexOf(pageViews(events)[1]));
  expect(sinceGuide.every((event) => event.path === '/guide')).toBe(true);
  expect(host.problems).toEqual([]);
  await host.close();
});

for (const mode of ['hash', 'history'] as RouterMode[]) {
  test(`gk.shown counts what the person saw over a route sequence (${mode} router): one per widget per page view`, async () => {
    const host = await openRoutedHost(e2e.browser, e2e.stack, mode);
    const { page } = host;
    const saw = async (expected: string[]) =>
      expect.poll(async () => impressions(await host.events()), { timeout: 5_000 }).toEqual(expected.sort());
    const seen = ['help@/', 'page-tip@/', 'home-tip@/'];
    await expect.poll(async () => impressions(await host.events()), { timeout: 10_000 }).toEqual(seen.sort());

    // /guide: the footer card is on the page, a screen and a half down, not yet seen
    await page.getByRole('link', { name: 'Guide', exact: true }).click();
    seen.push('help@/guide', 'page-tip@/guide', 'guide-tips@/guide');
    await saw(seen);
    expect(await card(page, 'Guide footer').count()).toBe(1);
    await card(page, 'Guide footer').scrollIntoViewIfNeeded();
    seen.push('guide-footer@/guide');
    await saw(seen);

    // the same page view: the router renders the page again, the URL's query changes (not its path)
    await page.getByRole('button', { name: 'Render again' }).click();
    await page.getByRole('link', { name: 'More', exact: true }).click();
    await expect.poll(() => card(page, 'Page tip').count()).toBe(1);
    await card(page, 'Guide footer').scrollIntoViewIfNeeded();

    await page.getByRole('link', { name: 'FAQ', exact: true }).click();
    seen.push('help@/faq', 'page-tip@/faq');
    await saw(seen);

    // back to /guide: a new page view, the footer below the fold again
    await page.goBack();
    seen.push('help@/guide', 'page-tip@/guide', 'guide-tips@/guide');
    await saw(seen);
    await page.waitForTimeout(300);

    const events = await host.events();
    expect(impressions(events)).toEqual(seen.sort());
    expect(pageViews(events).map((event) => event.path)).toEqual(['/', '/guide', '/faq', '/guide']);
    expect(host.problems).toEqual([]);
    await host.close();
  });
}
