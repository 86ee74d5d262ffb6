import { expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { holdSdk } from '../support/held-sdk.ts';
import { recordProblems } from '../support/page-problems.ts';
import { useStack } from '../support/use-stack.ts';
import { waitForSdk } from '../support/wait-for-sdk.ts';

const e2e = useStack();

type Api = ((...args: unknown[]) => unknown) & Record<string, (...args: unknown[]) => unknown> & { q?: unknown[] };

/**
 * The demo in a fresh context whose page counts every `error` and `unhandledrejection` that reaches its window, from
 * before any script of its own runs; `fault` is more of the page's own script, run first too (a patched DOM or Intl).
 */
async function openCounted(fault?: () => void) {
  const context = await e2e.browser.newContext({ locale: 'en-US' });
  await context.addInitScript(() => {
    const harm: string[] = [];
    (window as unknown as { harm: string[] }).harm = harm;
    addEventListener('error', (event) => harm.push(`error: ${event.message}`));
    addEventListener('unhandledrejection', (event) => harm.push(`unhandledrejection: ${String(event.reason)}`));
  });
  if (fault) await context.addInitScript(fault);
  const page = await context.newPage();
  const problems = recordProblems(page);
  const warnings: string[] = [];
  page.on('console', (message) => message.type() === 'warning' && message.text().startsWith('growthkit:') && warnings.push(message.text()));
  return { context, page, problems, warnings };
}

const harm = (page: Page) => page.evaluate(() => (window as unknown as { harm: string[] }).harm);

/** This device's events as the collector stored them. */
async function collected(page: Page) {
  await page.evaluate(() => (window as unknown as { growthkit: Api }).growthkit.flush());
  const anonymousId = await page.evaluate(() => JSON.parse(localStorage.getItem('growthkit:anonymousId')!) as string);
  return e2e.stack.storedEvents().filter((event) => event.anonymous_id === anonymousId);
}

/**
 * Every kind of wrong call, made in the page: through `growthkit(…)` and `growthkit.method(…)`, each method with each
 * wrong value in every position. Before the script has loaded the stub queues them, and junk is pushed on its queue too.
 */
function feedWrongCalls(loaded: boolean) {
  const growthkit = (window as unknown as { growthkit: Api }).growthkit;
  const trap = () => {
    throw new Error('trap');
  };
  const hostile = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
  const cycle: Record<string, unknown> = { a: 1 };
  cycle.self = cycle;
  const getter = Object.defineProperty({}, 'boom', { enumerable: true, get: trap });
  const wrong: unknown[] = [
    undefined,
    null,
    0,
    -1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Symbol('s'),
    10n,
    '',
    'x'.repeat(1_000_000),
    () => 'fn',
    new Date(),
    [],
    [1, 2n],
    hostile,
    cycle,
    getter,
    { big: 10n },
    { nested: { cycle } },
    { huge: 'x'.repeat(100_000) },
    Object.create(null),
  ];
  const methods = ['init', 'identify', 'group', 'track', 'usage', 'page', 'on', 'off', 'show', 'flush'];
  for (const method of methods) {
    for (const value of wrong) {
      growthkit[method](value);
      growthkit[method](value, value, value);
      growthkit(method, value);
      growthkit(method, value, value, value);
      // a good name with a bad rest: the call must still be dropped, not half made
      if (method === 'track' || method === 'usage') {
        growthkit[method]('harm_probe', value);
        growthkit(method, 'harm_probe', value, value);
      }
    }
  }
  for (const value of wrong) growthkit(value, value);
  // host callbacks that throw, at once or later
  growthkit.on('shown', () => {
    throw new Error('host handler bug');
  });
  growthkit.on('shown', async () => {
    throw new Error('async host handler bug');
  });
  if (!loaded) growthkit.q?.push(null as never, 5 as never, hostile as never, [10n] as never, [Symbol('s')] as never, [hostile] as never);
}

const close = (context: BrowserContext) => context.close();

test('every kind of wrong call, before and after the script loaded: no error reaches the page, and the SDK still works', async () => {
  const { context, page, problems, warnings } = await openCounted();
  const releaseSdk = await holdSdk(page);
  await page.goto(e2e.stack.demoUrl, { waitUntil: 'domcontentloaded' });
  await page.evaluate(feedWrongCalls, false);
  releaseSdk();
  await waitForSdk(page);
  await page.evaluate(feedWrongCalls, true);

  // still working: the checklist shows, a valid track after all of it reaches the collector
  await expect.poll(() => page.getByText('Get started with Acme Docs').count(), { timeout: 10_000 }).toBe(1);
  await page.evaluate(() => (window as unknown as { growthkit: Api }).growthkit.track('after_the_storm', { ok: true }));
  const names = (await collected(page)).map((event) => event.name);
  expect(names).toContain('after_the_storm');
  expect(names).toContain('gk.shown');

  expect(await harm(page)).toEqual([]);
  expect(problems).toEqual([]);
  // each wrong call warned, once per kind and with the fix; nothing inside GrowthKit failed but the host's own handlers
  expect(warnings).toContain("growthkit: track's objects must be plain JSON under 16 KB; the call was dropped");
  expect(
    warnings.some((warning) =>
      warning.includes("track(event, props?) needs an event name string and props as an object, e.g. growthkit('track'"),
    ),
  ).toBe(true);
  expect(warnings.some((warning) => warning.startsWith('growthkit: unknown method'))).toBe(true);
  expect(new Set(warnings).size).toBe(warnings.length);
  expect(warnings.filter((warning) => warning.includes('failed (') && !warning.includes("on('shown') handler failed"))).toEqual([]);
  await close(context);
});

test('a widget that throws in its render comes off the page alone and reports gk.error; the page sees no error', async () => {
  // The page's Intl fails for GrowthKit's widget code only (any frame of a widget chunk), as a broken polyfill might.
  const { context, page, problems, warnings } = await openCounted(() => {
    const format = Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, 'format')!;
    Object.defineProperty(Intl.NumberFormat.prototype, 'format', {
      get(this: Intl.NumberFormat) {
        if (new Error().stack?.includes('/sdk/widgets/')) throw new Error('intl fault');
        return format.get!.call(this);
      },
    });
  });
  await page.goto(e2e.stack.demoUrl);
  await waitForSdk(page);
  await expect
    .poll(async () => (await collected(page)).filter((event) => event.name === 'gk.error').length, { timeout: 10_000 })
    .toBeGreaterThan(0);
  const errors = (await collected(page)).filter((event) => event.name === 'gk.error');
  const onboarding = errors.find((event) => event.campaign_id === 'onboarding');
  expect(onboarding?.type).toBe('widget');
  expect(JSON.parse(onboarding!.props)).toEqual({ widget: 'checklist', kind: 'throw', message: 'Error: intl fault' });
  expect(await page.locator('[data-growthkit="checklist"] [data-growthkit-widget]').count()).toBe(0);
  expect(warnings.some((warning) => warning.includes('the checklist widget failed and was removed (Error: intl fault)'))).toBe(true);

  // the host page and the SDK go on
  await page.click('#create-doc');
  expect((await collected(page)).map((event) => event.name)).toContain('doc_created');
  expect(await harm(page)).toEqual([]);
  expect(problems).toEqual([]);
  await close(context);
});

test('a widget whose event handler throws comes off the page and reports gk.error; the page sees no error', async () => {
  // The page's focus() fails inside GrowthKit's shadow roots: the checklist's "Mark as done" moves focus in its handler.
  const { context, page, problems } = await openCounted(() => {
    const focus = HTMLElement.prototype.focus;
    HTMLElement.prototype.focus = function (this: HTMLElement, options?: FocusOptions) {
      if (this.getRootNode() instanceof ShadowRoot) throw new Error('focus fault');
      focus.call(this, options);
    };
  });
  await page.goto(e2e.stack.demoUrl);
  await waitForSdk(page);
  const checklist = page.locator('[data-growthkit="checklist"]');
  await checklist.getByRole('button', { name: /Share a campaign template/ }).click({ timeout: 10_000 });
  await checklist.getByRole('button', { name: 'Mark as done' }).click();
  await expect.poll(() => checklist.locator('[data-growthkit-widget]').count()).toBe(0);

  const errors = (await collected(page)).filter((event) => event.name === 'gk.error');
  expect(errors.map((event) => [event.campaign_id, JSON.parse(event.props)])).toEqual([
    ['onboarding', { widget: 'checklist', kind: 'throw', message: 'Error: focus fault' }],
  ]);
  expect(await harm(page)).toEqual([]);
  expect(problems).toEqual([]);
  await close(context);
});
