import { expect, test } from 'vitest';
import { useEmbeddedHost } from '../support/embedded-host.ts';
import { checklistIn } from '../support/embedding-campaigns.ts';
import { pageViewLog } from '../support/page-view-log.ts';
import { slowHostFile } from '../support/slow-host-file.ts';
import { useCollector } from '../support/use-collector.ts';
import { floatingPlaces } from '../support/widget-place-history.ts';
import { widgetPlaces } from '../support/widget-places.ts';
import { SWAGGER_UI } from './hosts/swagger-ui.ts';
import { docsScreenshot } from '../support/docs-screenshot.ts';

// Orbit's API reference (fixtures/swagger-ui): swagger-ui's standalone bundle page rendering fixtures' openapi.json,
// with a slot for API news right under its top bar (a plugin wrapping the Topbar component).

const running = useCollector();
const openReference = useEmbeddedHost(running, SWAGGER_UI);

const NEWS_PLACE = "api-news: What's new in the Orbit API";
const apiNews = () => checklistIn('api-news', 'api-news', "What's new in the Orbit API");

test('the OpenAPI document renders under the strict CSP with GrowthKit added, its widget in the slot under the top bar, staying there while swagger-ui re-renders; one page view', async () => {
  const reference = await openReference({ project: 'swagger-ui-slot', campaigns: [apiNews()] });
  const { page, events, problems } = reference;
  await expect.poll(() => page.getByRole('heading', { name: /Orbit API/ }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
  await expect.poll(() => widgetPlaces(page), { timeout: 10_000 }).toEqual([NEWS_PLACE]);
  expect(await page.locator('.topbar + [data-growthkit="api-news"] > [data-growthkit-widget]').count()).toBe(1);
  await docsScreenshot(page, 'embedded-swagger-ui');

  // the reader opens an operation: swagger-ui re-renders, the page stays the same page
  await page.getByRole('button', { name: /List the workspace's projects/ }).click();
  await expect.poll(() => page.locator('.opblock.is-open').count()).toBe(1);
  await page.waitForTimeout(300);
  expect(await widgetPlaces(page)).toEqual([NEWS_PLACE]);

  expect((await events()).filter((event) => event.type === 'page').map((event) => event.context?.path)).toEqual(['/']);
  expect(problems).toEqual([]);
});

test('on a slow network the widget waits for swagger-ui to render its slot (it never floats meanwhile) and is counted shown once', async () => {
  const reference = await openReference({
    project: 'swagger-ui-shown',
    campaigns: [apiNews()],
    prepare: (page) => slowHostFile(page, '**/swagger-ui-bundle.js'),
  });
  const { page, events, placesEverUsed, problems } = reference;
  await expect.poll(() => widgetPlaces(page), { timeout: 10_000 }).toEqual([NEWS_PLACE]);
  await page.waitForTimeout(300);

  expect(floatingPlaces(placesEverUsed), 'places outside a slot the widget was ever put in').toEqual([]);
  expect(pageViewLog(await events())).toEqual([{ path: '/', shown: ['api-news'] }]);
  expect(problems).toEqual([]);
});
