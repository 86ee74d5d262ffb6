import { afterAll, beforeAll, expect, test } from 'vitest';
import { type HostServer, serveHost } from '../support/host-server.ts';
import { readmeSnippet } from '../support/readme-snippet.ts';
import { floatingPrompt, useCampaigns } from '../support/targeting-campaigns.ts';
import { useStack } from '../support/use-stack.ts';
import { waitForSdk } from '../support/wait-for-sdk.ts';

const e2e = useStack();
const PAGE = new URL('fixtures/clobbered-page/index.html', import.meta.url).pathname;
const ATTACKER = new URL('fixtures/attacker/', import.meta.url).pathname;

let host: HostServer;
beforeAll(async () => {
  await useCampaigns(e2e.stack, [floatingPrompt('welcome', 'Welcome', {})]);
  const init = `growthkit.init(${JSON.stringify({ key: 'pk_demo', endpoint: e2e.stack.collectorUrl })});`;
  host = await serveHost(
    { dirs: { '/attacker/': ATTACKER }, page: PAGE },
    { collectorUrl: e2e.stack.collectorUrl, snippet: `${readmeSnippet().stub}\n${init}` },
  );
});
afterAll(() => host?.close());

test('an element the page names currentScript (DOM clobbering) cannot make the SDK load widgets from its URL: they come from the collector', async () => {
  const context = await e2e.browser.newContext();
  const page = await context.newPage();
  const widgetFiles: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/widgets/')) widgetFiles.push(request.url());
  });
  await page.goto(`${host.url}/`);
  await waitForSdk(page);
  await expect.poll(() => page.getByRole('region', { name: 'Welcome' }).count()).toBe(1);
  expect(await page.evaluate(() => (window as { __attackerRan?: boolean }).__attackerRan ?? false)).toBe(false);
  expect(widgetFiles.length).toBeGreaterThan(0);
  for (const url of widgetFiles) expect(url.startsWith(`${e2e.stack.collectorUrl}/sdk/widgets/`), url).toBe(true);
  await context.close();
});
