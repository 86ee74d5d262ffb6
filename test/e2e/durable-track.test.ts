import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useStack } from '../support/use-stack.ts';
import { waitForSdk } from '../support/wait-for-sdk.ts';

const e2e = useStack();
const ROUNDS = 20;
const BURST = 200;

/** Tracks `BURST` events named `<prefix>_<i>` and leaves the document in the same task (page.evaluate is one task). */
async function burstThenLeave(page: Page, prefix: string, leave: 'reload' | 'href') {
  const loaded = page.waitForEvent('load');
  await page.evaluate(
    ({ prefix, burst, leave }) => {
      const growthkit = (window as unknown as { growthkit: { track(name: string, props?: object): void } }).growthkit;
      for (let i = 0; i < burst; i++) growthkit.track(`${prefix}_${i}`, { i, button: 'save and continue' });
      if (leave === 'reload') location.reload();
      // the demo is a single-page app: an assignment to location.href loads a new document all the same
      else location.href = location.pathname === '/docs' ? '/reports' : '/docs';
    },
    { prefix, burst: BURST, leave },
  );
  await loaded;
  await waitForSdk(page);
}

/** One round's rows at the collector: BURST rows, names and ids means none lost, none doubled. */
function stored(prefix: string) {
  const rows = e2e.stack.storedEvents().filter((event) => event.name.startsWith(`${prefix}_`));
  return { rows: rows.length, names: new Set(rows.map((event) => event.name)).size, ids: new Set(rows.map((event) => event.id)).size };
}

/** Twenty rounds on one tab; each waits until its events are stored before the next page tracks. */
async function rounds(leave: 'reload' | 'href') {
  const context = await e2e.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${e2e.stack.demoUrl}/docs`);
  await waitForSdk(page);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = Date.now();
    const prefix = `${leave}${round}`;
    await burstThenLeave(page, prefix, leave);
    await expect.poll(() => stored(prefix), { timeout: 10_000, interval: 50 }).toEqual({ rows: BURST, names: BURST, ids: BURST });
    times.push(Date.now() - started);
  }
  await context.close();
  console.log(`${leave}: ${ROUNDS} rounds of ${BURST} events, ms from the burst to all stored: ${times.join(' ')}`);
}

test('200 events tracked right before a reload in the same task arrive exactly once, twenty times in a row', async () => {
  await rounds('reload');
});

test('200 events tracked right before `location.href = …` to another document arrive exactly once, twenty times in a row', async () => {
  await rounds('href');
});
