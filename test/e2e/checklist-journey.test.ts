import { expect, test } from 'vitest';
import { eachBrowser } from '../support/puppeteer/each-browser.ts';
import { recordSentEventIds } from '../support/puppeteer/event-ids.ts';
import { holdSdk } from '../support/puppeteer/hold-sdk.ts';
import { recordProblems } from '../support/puppeteer/page-problems.ts';
import { textCount } from '../support/puppeteer/text-count.ts';
import { useStack } from '../support/use-stack.ts';

const CHECKLIST = '[data-growthkit="checklist"]';
const PROGRESS_BAR = `${CHECKLIST} >>> [role="progressbar"]`;

eachBrowser(({ launch }) => {
  const e2e = useStack({ launch });

  test('a trial marketer completes two checklist steps from product events; progress and events survive a reload', async () => {
    const context = await e2e.browser.createBrowserContext();
    const page = await context.newPage();
    const sent = recordSentEventIds(page);
    const problems = recordProblems(page);

    // Hold the SDK back so the page's own calls (init, identify, usage) queue in the stub and must be replayed.
    const releaseSdk = await holdSdk(page);
    // The page's load event waits for async scripts, so only wait for the DOM while the SDK is held back.
    await page.goto(e2e.stack.demoUrl, { waitUntil: 'domcontentloaded' });
    const queued = await page.evaluate(() => (window as unknown as { growthkit: { q?: unknown[] } }).growthkit.q?.length ?? 0);
    expect(queued).toBeGreaterThanOrEqual(3);
    releaseSdk();

    await expect.poll(() => textCount(page, CHECKLIST, 'Get started with Acme Docs'), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => textCount(page, CHECKLIST, '0 of 6')).toBe(1);

    await page.click('#create-doc');
    await page.click('#invite');

    await expect.poll(() => textCount(page, CHECKLIST, '2 of 6')).toBe(1);
    const bar = await page.$eval(PROGRESS_BAR, (bar) =>
      ['aria-valuenow', 'aria-valuemin', 'aria-valuemax'].map((name) => bar.getAttribute(name)),
    );
    expect(bar).toEqual(['2', '0', '6']);

    await page.reload();
    await expect.poll(() => textCount(page, CHECKLIST, '2 of 6'), { timeout: 10_000 }).toBe(1);
    expect(await page.$eval(PROGRESS_BAR, (bar) => bar.getAttribute('aria-valuenow'))).toBe('2');

    await page.evaluate(() => (window as unknown as { growthkit: { flush(): Promise<void> } }).growthkit.flush());
    await context.close();

    const stored = e2e.stack.storedEvents();
    const storedIds = stored.map((event) => event.id);
    expect(sent.size).toBeGreaterThan(0);
    for (const id of sent) expect(storedIds.filter((stored) => stored === id)).toHaveLength(1);
    expect(new Set(storedIds).size).toBe(storedIds.length);

    const names = stored.map((event) => event.name);
    for (const name of ['doc_created', 'teammate_invited', 'gk.shown', 'gk.step_completed']) expect(names).toContain(name);
    const steps = stored.filter((event) => event.name === 'gk.step_completed').map((event) => JSON.parse(event.props).step);
    expect(steps.sort()).toEqual(['create_doc', 'invite_teammate']);
    expect(problems).toEqual([]);
  });
});
