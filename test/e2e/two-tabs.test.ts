import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { adminEvents } from '../support/admin-events.ts';
import { type HostServer, serveHost } from '../support/host-server.ts';
import { readmeSnippet } from '../support/readme-snippet.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();
const PAGE = new URL('fixtures/plain-page/index.html', import.meta.url).pathname;

let host: HostServer;
beforeAll(async () => {
  const init = `growthkit.init(${JSON.stringify({ key: 'pk_demo', endpoint: e2e.stack.collectorUrl })});`;
  host = await serveHost({ dirs: {}, page: PAGE }, { collectorUrl: e2e.stack.collectorUrl, snippet: `${readmeSnippet().stub}\n${init}` });
});
afterAll(() => host?.close());

type Call = ['identify', string] | ['track', string];

/** Makes the calls in the page, as its app would, and waits for them to reach the collector. */
const run = (page: Page, ...calls: Call[]) =>
  page.evaluate((calls) => {
    const growthkit = (window as unknown as { growthkit: Record<string, (...args: unknown[]) => unknown> & { flush(): Promise<void> } })
      .growthkit;
    for (const [method, arg] of calls) growthkit[method](arg);
    return growthkit.flush();
  }, calls);

test("two tabs of one browser: the second signs in as someone else (an account switcher); the first tab's events stay its user's", async () => {
  const context = await e2e.browser.newContext();
  try {
    const first = await context.newPage();
    await first.goto(`${host.url}/a`);
    await first.waitForFunction(() => typeof (window as { growthkit?: { destroy?: unknown } }).growthkit?.destroy === 'function');
    await run(first, ['identify', 'tab_user_a'], ['track', 'a_before_switch']);

    const second = await context.newPage();
    await second.goto(`${host.url}/b`);
    await second.waitForFunction(() => typeof (window as { growthkit?: { destroy?: unknown } }).growthkit?.destroy === 'function');
    await run(second, ['identify', 'tab_user_b'], ['track', 'b_signed_in']);

    // the first tab still shows user A's screen: what A does there is A's
    await run(first, ['track', 'a_private_action']);

    const stored = await adminEvents(e2e.stack.collectorUrl, 'sk_demo');
    const userOf = (name: string) => stored.filter((event) => event.name === name).map((event) => event.userId);
    expect(userOf('a_before_switch')).toEqual(['tab_user_a']);
    expect(userOf('b_signed_in')).toEqual(['tab_user_b']);
    expect(userOf('a_private_action')).toEqual(['tab_user_a']);
    // and the new user is a new visitor on this device: nothing links B's events to A's
    const visitorOf = (name: string) => stored.find((event) => event.name === name)?.anonymousId;
    expect(visitorOf('b_signed_in')).not.toBe(visitorOf('a_before_switch'));
  } finally {
    await context.close();
  }
});
