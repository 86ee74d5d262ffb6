import { expect, test } from 'vitest';
import { useEmbeddedHost } from '../support/embedded-host.ts';
import { checklistIn } from '../support/embedding-campaigns.ts';
import { pageViewLog } from '../support/page-view-log.ts';
import { slowHostFile } from '../support/slow-host-file.ts';
import { useCollector } from '../support/use-collector.ts';
import { floatingPlaces } from '../support/widget-place-history.ts';
import { widgetPlaces } from '../support/widget-places.ts';
import { DOCSIFY } from './hosts/docsify.ts';
import { docsScreenshot } from '../support/docs-screenshot.ts';

// Orbit's docs (fixtures/docsify): docsify's hash router, pages #/ (README.md), #/guide and #/faq; a slot under every
// page from a plugin hook (`docs-feedback`) and one in the guide's markdown (`guide-tips`).

const running = useCollector();
const openDocs = useEmbeddedHost(running, DOCSIFY);

const FEEDBACK_PLACE = 'docs-feedback: Was this page helpful?';

test('docsify renders its pages under the strict CSP with GrowthKit added; the slot its plugin hook puts under every page gets its widget again on each page', async () => {
  const docs = await openDocs({
    project: 'docsify-slots',
    path: '/#/',
    campaigns: [checklistIn('docs-feedback', 'docs-feedback', 'Was this page helpful?')],
  });
  const { page, problems } = docs;
  await expect.poll(() => page.getByRole('heading', { name: 'Orbit', exact: true }).count(), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => widgetPlaces(page), { timeout: 10_000 }).toEqual([FEEDBACK_PLACE]);
  await docsScreenshot(page, 'embedded-docsify');

  await page.locator('.sidebar-nav').getByRole('link', { name: 'FAQ', exact: true }).click();
  await expect.poll(() => page.getByRole('heading', { name: 'FAQ' }).count()).toBe(1);
  await expect.poll(() => widgetPlaces(page)).toEqual([FEEDBACK_PLACE]);
  expect(problems).toEqual([]);
});

test("on a slow network the widget waits for docsify to render the page's slot (it never floats meanwhile) and is counted shown once", async () => {
  const docs = await openDocs({
    project: 'docsify-slow',
    path: '/#/',
    campaigns: [checklistIn('docs-feedback', 'docs-feedback', 'Was this page helpful?')],
    prepare: (page) => slowHostFile(page, '**/docs/README.md'),
  });
  const { page, events, placesEverUsed, problems } = docs;
  await expect.poll(() => widgetPlaces(page), { timeout: 10_000 }).toEqual([FEEDBACK_PLACE]);
  await page.waitForTimeout(300);

  expect(floatingPlaces(placesEverUsed), 'places outside a slot the widget was ever put in').toEqual([]);
  expect(pageViewLog(await events())).toEqual([{ path: '/', shown: ['docs-feedback'] }]);
  expect(problems).toEqual([]);
});

test('hash routes: one page view per route with the hash route as its path and the full URL, the /guide campaign in its markdown slot there only, one gk.shown per widget per page view', async () => {
  const docs = await openDocs({
    project: 'docsify-routes',
    path: '/#/',
    campaigns: [
      checklistIn('docs-feedback', 'docs-feedback', 'Was this page helpful?'),
      checklistIn('guide-tips', 'guide-tips', 'Tips for the guide', { trigger: { type: 'page', path: '/guide' } }),
    ],
  });
  const { page, events, problems } = docs;
  const origin = new URL(page.url()).origin;
  const sidebarLink = (name: string) => page.locator('.sidebar-nav').getByRole('link', { name, exact: true });
  await expect.poll(() => widgetPlaces(page), { timeout: 10_000 }).toEqual([FEEDBACK_PLACE]);

  await sidebarLink('Guide').click();
  await expect.poll(() => page.url()).toBe(`${origin}/#/guide`);
  await expect
    .poll(() => widgetPlaces(page), { message: "the campaign targeted at /guide, in the guide page's slot" })
    .toEqual([FEEDBACK_PLACE, 'guide-tips: Tips for the guide']);

  await sidebarLink('FAQ').click();
  await expect.poll(() => page.url()).toBe(`${origin}/#/faq`);
  await expect.poll(() => page.getByRole('heading', { name: 'FAQ' }).count()).toBe(1);
  await expect.poll(() => widgetPlaces(page)).toEqual([FEEDBACK_PLACE]);

  const stored = await events();
  expect(stored.filter((event) => event.type === 'page').map((event) => [event.context?.path, event.context?.url])).toEqual([
    ['/', `${origin}/#/`],
    ['/guide', `${origin}/#/guide`],
    ['/faq', `${origin}/#/faq`],
  ]);
  expect(pageViewLog(stored)).toEqual([
    { path: '/', shown: ['docs-feedback'] },
    { path: '/guide', shown: ['docs-feedback', 'guide-tips'] },
    { path: '/faq', shown: ['docs-feedback'] },
  ]);
  expect(problems).toEqual([]);
});
