import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import type { Campaign } from '@growthkit/core';
import { recordProblems } from './page-problems.ts';
import { onSentEvent } from './sent-events.ts';
import type { Stack } from './stack.ts';
import { floatingPrompt } from './targeting-campaigns.ts';
import { waitForSdk } from './wait-for-sdk.ts';

/** How the host's router keeps the route in the URL: `#/guide` (docsify, Vue's hash history) or `/guide` (History API). */
export type RouterMode = 'hash' | 'history';

/** An event as the collector stored it, with the page it was made on. */
export interface RoutedEvent {
  name: string;
  campaignId: string | null;
  path: string;
  url: string;
}

/** An inline checklist card in `slot`, shown on the pages matching `path`: what these tests watch. */
export const inlineCard = (id: string, title: string, slot: string, path = '*'): Campaign =>
  floatingPrompt(id, title, { placement: { slot, floating: 'corner-end' }, trigger: { type: 'page', path } });

/**
 * A docs site with its own small router, the way real hosts route: the URL changes first, the new page is rendered in a
 * microtask after it (as Vue does), replacing the main column, and scrolled to the top. The sidebar stays. Routes:
 * `/` (slots `page-tip`, `home-tip`), `/guide` (`page-tip`, and `guide-footer` a screen and a half further down),
 * `/faq` (`page-tip`); the sidebar has `help` and `sidebar`. "Render again" renders the current page again.
 */
function hostHtml(mode: RouterMode, collector: string): string {
  const href = (path: string) => (mode === 'hash' ? `#${path}` : path);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Routed docs</title>
    <style>
      body { margin: 0; font: 14px sans-serif; display: grid; grid-template-columns: 360px 1fr; gap: 16px; }
      nav { grid-column: 1 / -1; display: flex; gap: 12px; padding: 8px; }
      .spacer { height: 150vh; }
    </style>
    <script>
      window.growthkit = window.growthkit || function () { (growthkit.q = growthkit.q || []).push(arguments) };
      growthkit('init', { key: 'pk_demo', endpoint: '${collector}', locale: 'en' });
    </script>
    <script async src="${collector}/sdk/growthkit.js"></script>
  </head>
  <body>
    <nav>
      <a href="${href('/')}">Home</a> <a href="${href('/guide')}">Guide</a> <a href="${href('/guide?id=more')}">More</a>
      <a href="${href('/faq')}">FAQ</a> <button type="button" id="render-again">Render again</button>
    </nav>
    <aside><div data-growthkit="help"></div><div data-growthkit="sidebar"></div></aside>
    <main id="main"></main>
    <script>
      const HASH = ${mode === 'hash'};
      const pages = {
        '/': '<h1>Home</h1><div data-growthkit="page-tip"></div><div data-growthkit="home-tip"></div>',
        '/guide': '<h1>Guide</h1><div data-growthkit="page-tip"></div><div class="spacer"></div><h2>More</h2><div data-growthkit="guide-footer"></div>',
        '/faq': '<h1>FAQ</h1><div data-growthkit="page-tip"></div>',
      };
      const route = () => (HASH ? (/^#(\\/[^?#]*)/.exec(location.hash) || [])[1] || '/' : location.pathname);
      const render = () => { document.getElementById('main').innerHTML = pages[route()] || '<h1>Not found</h1>'; };
      const routed = () => queueMicrotask(() => { render(); scrollTo(0, 0); });
      if (HASH) addEventListener('hashchange', routed);
      else {
        addEventListener('popstate', routed);
        document.querySelector('nav').addEventListener('click', (event) => {
          const link = event.target.closest('a');
          if (!link) return;
          event.preventDefault();
          history.pushState(null, '', link.getAttribute('href'));
          routed();
        });
      }
      document.getElementById('render-again').addEventListener('click', render);
      render();
    </script>
  </body>
</html>`;
}

/**
 * The routed docs site served on loopback (an origin the demo project allows; every path is a route of the site) and
 * opened in a fresh browser context at its home route. `events` flushes the SDK and reads back this device's events
 * from the collector's SQLite file, each with the path and URL of the page it was made on.
 */
export async function openRoutedHost(browser: Browser, stack: Stack, mode: RouterMode) {
  const html = hostHtml(mode, new URL(stack.collectorUrl).origin);
  const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const devices = new Set<string>();
  onSentEvent(page, (event) => devices.add(event.anonymousId));
  const problems = recordProblems(page);
  await page.goto(mode === 'hash' ? `${url}/#/` : `${url}/`);
  await waitForSdk(page);
  return {
    page,
    url,
    problems,
    async events(): Promise<RoutedEvent[]> {
      await page.evaluate(() => (window as unknown as { growthkit: { flush(): Promise<void> } }).growthkit.flush());
      return stack
        .storedEvents()
        .filter((event) => devices.has(event.anonymous_id))
        .map((event) => {
          const { path, url } = JSON.parse((event as { context?: string }).context ?? '{}') as { path: string; url: string };
          return { name: event.name, campaignId: event.campaign_id, path, url };
        });
    },
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
