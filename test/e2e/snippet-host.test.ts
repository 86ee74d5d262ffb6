import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'puppeteer-core';
import { eachBrowser } from '../support/puppeteer/each-browser.ts';
import { holdSdk } from '../support/puppeteer/hold-sdk.ts';
import { recordProblems } from '../support/puppeteer/page-problems.ts';
import { textCount } from '../support/puppeteer/text-count.ts';
import { readmeSnippet } from '../support/readme-snippet.ts';
import type { StoredEvent } from '../support/stack.ts';
import { useStack } from '../support/use-stack.ts';

const README_ENDPOINT = 'http://localhost:8787';

/**
 * A host page of its own (not the demo): the README's snippet as written, but for its nonce and the collector's
 * origin, under a nonce-and-'strict-dynamic' policy with Trusted Types required and no policy allowed. `connect`
 * is what the policy's connect-src allows.
 */
function hostPage(collector: string, connect: string, before = '') {
  const nonce = randomBytes(16).toString('base64');
  const snippet = readmeSnippet().html.replaceAll(README_ENDPOINT, collector).replaceAll('<script', `<script nonce="${nonce}"`);
  const policy = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'none'",
    `connect-src ${connect}`,
    "img-src 'none'",
    "base-uri 'none'",
    "object-src 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types 'none'",
  ].join('; ');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><h1>A host app</h1>${before}\n${snippet}\n</body></html>`;
  return { policy, html };
}

/** A page holding the snippet's host in a frame sandboxed as ad and widget hosts do: scripts, but an origin of its own. */
const sandboxedHost = () =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames</title></head><body>
  <script>window.heard = []; addEventListener('message', (event) => window.heard.push(event.data));</script>
  <iframe sandbox="allow-scripts" src="/sandboxed-frame" title="Sandboxed app"></iframe></body></html>`;

/**
 * The README's snippet in that frame, which tells its parent of anything that reaches its window unhandled, and when
 * the script has taken over from the stub.
 */
const sandboxedFrame = (collector: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sandboxed app</title></head><body>
  <script>
    addEventListener('unhandledrejection', (event) => parent.postMessage('unhandledrejection: ' + event.reason, '*'));
    addEventListener('error', (event) => parent.postMessage('error: ' + event.message, '*'));
    const loading = setInterval(() => {
      if (typeof window.growthkit?.destroy !== 'function') return;
      clearInterval(loading);
      parent.postMessage('loaded', '*');
    }, 20);
  </script>
  ${readmeSnippet().html.replaceAll(README_ENDPOINT, collector)}</body></html>`;

type Api = ((...args: unknown[]) => unknown) & Record<string, (...args: unknown[]) => unknown>;

const sdkLoaded = (page: Page) =>
  page.waitForFunction(() => typeof (window as unknown as { growthkit: { destroy?: unknown } }).growthkit.destroy === 'function');

const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

const close = (context: BrowserContext) => context.close();

eachBrowser(({ launch }) => {
  const e2e = useStack({ launch });

  let host: Server;
  let hostUrl: string;

  beforeAll(async () => {
    const collector = new URL(e2e.stack.collectorUrl).origin;
    host = createServer((req, res) => {
      if (req.url === '/sandboxed' || req.url === '/sandboxed-frame') {
        const html = req.url === '/sandboxed' ? sandboxedHost() : sandboxedFrame(collector);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
        return;
      }
      // a cross-origin isolated app (COOP and COEP, for SharedArrayBuffer): every file it loads must consent to it
      const isolation =
        req.url === '/isolated' ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } : {};
      const connect = req.url === '/blocked' ? "'self'" : collector;
      // an element the page names `growthkit` makes `window.growthkit` that element (named access), before the snippet runs
      const page = hostPage(collector, connect, req.url === '/named-element' ? '<section id="growthkit">Growth</section>' : '');
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': page.policy, ...isolation })
        .end(page.html);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const address = host.address();
    hostUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });

  afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

  /** A fresh device on the host page: CSP violations and `growthkit:` warnings recorded from the first script on. */
  async function openHost() {
    const context = await e2e.browser.createBrowserContext();
    const page = await context.newPage();
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        w.violations.push(`${event.effectiveDirective} blocked ${event.blockedURI}`),
      );
    });
    const problems = recordProblems(page);
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warn' && message.text().startsWith('growthkit:')) warnings.push(message.text());
    });
    return { context, page, problems, warnings };
  }

  /** This device's events as the collector stored them, in the order it stored them. */
  async function collected(page: Page) {
    await page.evaluate(() => (window as unknown as { growthkit: Api }).growthkit.flush());
    const anonymousId = await page.evaluate(() => JSON.parse(localStorage.getItem('growthkit:anonymousId')!) as string);
    return e2e.stack.storedEvents().filter((event) => event.anonymous_id === anonymousId) as (StoredEvent & {
      account_id: string | null;
    })[];
  }

  test('in a cross-origin isolated app (COOP and COEP require-corp) the snippet loads the script and its widget chunks and shows the checklist', async () => {
    const { context, page, problems } = await openHost();
    await page.goto(`${hostUrl}/isolated`);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    await sdkLoaded(page);
    await expect.poll(() => textCount(page, 'body', 'Get started with Acme Docs'), { timeout: 10_000 }).toBe(1);
    expect(problems).toEqual([]);
    await close(context);
  });

  test('in a sandboxed frame (no storage, no IndexedDB, origin "null") nothing reaches the page unhandled, however long it runs', async () => {
    const { context, page, problems } = await openHost();
    await page.goto(`${hostUrl}/sandboxed`);
    const heard = () => page.evaluate(() => (window as unknown as { heard: string[] }).heard);
    await expect.poll(heard, { timeout: 10_000 }).toContain('loaded');
    // past the 3 s the outbox gives IndexedDB to open before it keeps events in memory
    await sleep(4_500);
    expect(await heard()).toEqual(['loaded']);
    // the browser's own reports only: the demo project does not list origin "null", so the collector refuses the frame
    expect(problems.filter((problem) => !/CORS|Cross-Origin|Failed to load resource/.test(problem))).toEqual([]);
    await close(context);
  });

  test('every method works before the script has loaded: no error, calls replayed in order, host callbacks registered', async () => {
    const { context, page, problems } = await openHost();
    const releaseSdk = await holdSdk(page);
    await page.goto(hostUrl, { waitUntil: 'domcontentloaded' });

    const early = await page.evaluate(async () => {
      const w = window as unknown as { growthkit: Api; shown: unknown[]; unheard: unknown[] };
      w.shown = [];
      w.unheard = [];
      const unheard = (payload: unknown) => w.unheard.push(payload);
      const growthkit = w.growthkit;
      growthkit.group('acct_7', { seats: 5 });
      growthkit.on('shown', (payload: unknown) => w.shown.push(payload));
      growthkit.on('shown', unheard);
      growthkit.off('shown', unheard);
      growthkit.track('early_doc_created', { i: 1 });
      growthkit('track', 'early_called', { i: 2 });
      growthkit.usage('storage_gb', 1.5, 5);
      growthkit.page();
      growthkit.show('no-such-campaign');
      const flushed = growthkit.flush();
      const isPromise = flushed instanceof Promise;
      await flushed;
      return { isPromise, queued: (growthkit as unknown as { q: unknown[] }).q.length };
    });
    // the README's init and identify, then these ten
    expect(early).toEqual({ isPromise: true, queued: 12 });
    releaseSdk();
    await sdkLoaded(page);

    await expect.poll(() => textCount(page, 'body', 'Get started with Acme Docs'), { timeout: 10_000 }).toBe(1);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shown: unknown[] }).shown))
      .toContainEqual({ campaignId: 'onboarding' });
    expect(await page.evaluate(() => (window as unknown as { unheard: unknown[] }).unheard)).toEqual([]);

    const events = (await collected(page)).filter((event) => event.type !== 'widget');
    expect(events.map((event) => event.name)).toEqual(['identify', 'group', 'page', 'early_doc_created', 'early_called', 'usage', 'page']);
    // the README's identify, then the group call: every event after them, the first page view too, carries both ids
    expect(events.map((event) => [event.user_id, event.account_id])).toEqual([['user_42', null], ...Array(6).fill(['user_42', 'acct_7'])]);
    expect(problems).toEqual([]);
    await close(context);
  });

  test('a page with an element named "growthkit" (so window.growthkit is that element): the snippet takes the name, nothing throws, the calls count', async () => {
    const { context, page, problems } = await openHost();
    await page.goto(`${hostUrl}/named-element`);
    await sdkLoaded(page);
    const names = (await collected(page)).map((event) => event.name);
    for (const name of ['identify', 'page']) expect(names).toContain(name);
    expect(problems).toEqual([]);
    await close(context);
  });

  test('the first page view carries the user queued with init, also when the script is not held back', async () => {
    const { context, page, problems } = await openHost();
    await page.goto(hostUrl);
    await sdkLoaded(page);
    const events = await collected(page);
    const firstPage = events.find((event) => event.type === 'page');
    expect(firstPage).toMatchObject({ user_id: 'user_42' });
    expect(events.findIndex((event) => event.type === 'page')).toBeGreaterThan(events.findIndex((event) => event.name === 'identify'));
    expect(problems).toEqual([]);
    await close(context);
  });

  test("under script-src 'nonce-…' 'strict-dynamic' and Trusted Types, the README's snippet with its nonce shows the checklist; nothing is blocked", async () => {
    const { context, page, problems, warnings } = await openHost();
    await page.goto(hostUrl);
    await sdkLoaded(page);

    await expect.poll(() => textCount(page, '[data-growthkit="checklist"]', 'Get started with Acme Docs'), { timeout: 10_000 }).toBe(1);
    const names = (await collected(page)).map((event) => event.name);
    for (const name of ['identify', 'page', 'gk.shown']) expect(names).toContain(name);
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
    // The demo project's other inline campaigns have no slot on this page: they wait, and say so (SPEC §3). Nothing else.
    expect(warnings.filter((warning) => !/campaign "[^"]+" waits for its slot/.test(warning))).toEqual([]);
    await close(context);
  });

  test('a connect-src that blocks the collector is named, once, with the origin to allow', async () => {
    const { context, page, warnings } = await openHost();
    await page.goto(`${hostUrl}/blocked`);
    await sdkLoaded(page);
    const collector = new URL(e2e.stack.collectorUrl).origin;

    const hint = () => warnings.filter((warning) => warning.includes('connect-src'));
    await expect.poll(() => hint().length, { timeout: 10_000 }).toBe(1);
    expect(hint()[0]).toContain(`allow ${collector} in connect-src`);
    expect(await violations(page)).toContain(`connect-src blocked ${collector}/v1/config?key=pk_demo`);
    // more requests are blocked (the user's state, events retried), but the hint is not repeated
    await page.evaluate(() => (window as unknown as { growthkit: Api }).growthkit.track('blocked_event'));
    await sleep(1_500);
    expect(hint()).toHaveLength(1);
    await close(context);
  });
});
