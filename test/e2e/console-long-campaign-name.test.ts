import { beforeAll, expect, test } from 'vitest';
import type { CampaignRecord } from '@growthkit/core';
import { openConsole, signIn } from '../support/console-page.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();
/** a name as a PM types it: a long unbroken word (a code, a joined phrase) amid ordinary ones, within the 200 allowed */
const LONG_NAME = `Quarterly upgrade push for trial accounts EMEA_${'Supercalifragilisticexpialidocious'.repeat(3)} with variant copy`;

/** A copy of the seeded upsell campaign under the long name, as the console's Save would store it. */
beforeAll(async () => {
  const admin = (path: string, init: RequestInit = {}) =>
    fetch(`${e2e.stack.collectorUrl}/v1/admin/${path}`, {
      ...init,
      headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
    });
  const { campaign } = (await (await admin('campaigns/upsell-card')).json()) as CampaignRecord;
  const put = await admin('campaigns/long-name', {
    method: 'PUT',
    body: JSON.stringify({ campaign: { ...campaign, id: 'long-name', name: LONG_NAME }, author: 'test' }),
  });
  expect(put.status).toBe(201);
});

test('at 1280 px a campaign with a long word in its name wraps in the list: every column stays in view, no sideways scrolling', async () => {
  const console = await openConsole(e2e, '/console/campaigns', { viewport: { width: 1280, height: 900 } });
  const { page } = console;
  await signIn(page);
  await expect.poll(() => page.getByRole('link', { name: LONG_NAME }).count()).toBe(1);
  const frame = page.locator('.table-wrap');
  await expect.poll(() => frame.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(1);
  expect(await page.getByText('Scroll sideways for more columns').count()).toBe(0);
  const right = await frame.evaluate((element) => element.getBoundingClientRect().right);
  const lastChange = (await page.getByRole('columnheader', { name: 'Last change' }).boundingBox())!;
  expect(lastChange.x + lastChange.width).toBeLessThanOrEqual(right);
  expect(console.problems).toEqual([]);
  await console.close();
});

test('at 390 px the long name wraps in the editor’s title and breadcrumb, and the page does not scroll sideways', async () => {
  const console = await openConsole(e2e, '/console/campaigns/long-name', { viewport: { width: 390, height: 844 } });
  const { page } = console;
  await signIn(page);
  await expect.poll(() => page.getByRole('heading', { level: 1, name: LONG_NAME }).count()).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // the breadcrumb's link keeps its word whole: only the name gives way
  const back = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Campaigns' });
  const lines = await back.evaluate((link) => {
    const range = document.createRange();
    range.selectNodeContents(link);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });
  expect(lines).toBe(1);
  expect(console.problems).toEqual([]);
  await console.close();
});
