import { setTimeout as sleep } from 'node:timers/promises';
import { expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { eachBrowser } from '../support/puppeteer/each-browser.ts';
import { recordSentEventIds } from '../support/puppeteer/event-ids.ts';
import { useStack } from '../support/use-stack.ts';
import { waitForSdk } from '../support/wait-for-sdk.ts';

const trackedNames = (page: Page, names: string[]) =>
  page.evaluate((names) => {
    const growthkit = (window as unknown as { growthkit: { track(name: string, props?: object): void } }).growthkit;
    for (const [i, name] of names.entries()) growthkit.track(name, { i });
  }, names);

/** The event names waiting in the page's outbox, read from IndexedDB itself (not the SDK's memory fallback). */
const outboxNames = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('growthkit');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('outbox').objectStore('outbox').getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve((all.result as { event: { name: string } }[]).map((entry) => entry.event.name));
          };
        };
      }),
  );

eachBrowser(({ launch }) => {
  const e2e = useStack({ per: 'test', launch });

  test('events tracked while the collector is down arrive exactly once after it comes back', async () => {
    const context = await e2e.browser.createBrowserContext();
    const page = await context.newPage();
    const sent = recordSentEventIds(page);
    await page.goto(e2e.stack.demoUrl);
    await waitForSdk(page);

    await e2e.stack.stopCollector();
    const names = Array.from({ length: 12 }, (_, i) => `outage_event_${i}`);
    await trackedNames(page, names);
    // Let the SDK try (and fail) a few times while the collector is away.
    await sleep(2_500);
    expect(e2e.stack.storedEvents().filter((event) => event.name.startsWith('outage_event_'))).toHaveLength(0);
    // they wait in IndexedDB, where a reload or a crash cannot lose them
    await expect
      .poll(async () => (await outboxNames(page)).filter((name) => name.startsWith('outage_event_')).sort())
      .toEqual([...names].sort());

    await e2e.stack.restartCollector();
    await expect
      .poll(() => e2e.stack.storedEvents().filter((event) => event.name.startsWith('outage_event_')).length, { timeout: 30_000 })
      .toBe(names.length);

    await page.evaluate(() => (window as unknown as { growthkit: { flush(): Promise<void> } }).growthkit.flush());
    await context.close();
    const stored = e2e.stack.storedEvents();
    const ids = stored.map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of sent) expect(ids).toContain(id);
    expect(
      stored
        .filter((event) => event.name.startsWith('outage_event_'))
        .map((event) => event.name)
        .sort(),
    ).toEqual([...names].sort());
  });

  test('events tracked right before the page closes are delivered, by beacon or on the next visit', async () => {
    const context = await e2e.browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(e2e.stack.demoUrl);
    await waitForSdk(page);

    const names = ['closing_event_a', 'closing_event_b', 'closing_event_c'];
    await trackedNames(page, names);
    await page.close({ runBeforeUnload: true });

    const arrived = () => e2e.stack.storedEvents().filter((event) => names.includes(event.name)).length;
    try {
      await expect.poll(arrived, { timeout: 3_000 }).toBe(names.length);
    } catch {
      // No beacon made it: the outbox in IndexedDB must deliver them on the next visit.
      const next = await context.newPage();
      await next.goto(e2e.stack.demoUrl);
      await expect.poll(arrived, { timeout: 20_000 }).toBe(names.length);
    }
    await context.close();
    const ids = e2e.stack.storedEvents().map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
