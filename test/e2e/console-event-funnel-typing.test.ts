import { beforeAll, expect, test } from 'vitest';
import { openConsole, signIn, typeInto } from '../support/console-page.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();
const HOUR = 3_600_000;

/**
 * Event names as analytics tools of the Segment kind send them, with spaces: three people start a checkout an hour
 * ago, two of them complete the order ten minutes later.
 */
beforeAll(async () => {
  const event = (i: number, name: string, ms: number) => ({
    id: crypto.randomUUID(),
    type: 'track',
    name,
    userId: `buyer-${i}`,
    anonymousId: `device-of-buyer-${i}`,
    ts: new Date(Date.now() - HOUR + ms).toISOString(),
  });
  const events = [0, 1, 2].flatMap((i) => [event(i, 'Checkout Started', 0), ...(i < 2 ? [event(i, 'Order Completed', 600_000)] : [])]);
  const res = await fetch(`${e2e.stack.collectorUrl}/v1/events`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  expect(await res.json()).toMatchObject({ accepted: events.length, rejected: [] });
});

test('a PM types event names with spaces into the funnel steps, key by key, and sees the funnel of those events', async () => {
  const console = await openConsole(e2e, '/console/reports/event-funnel', { viewport: { width: 1280, height: 1000 } });
  const { page } = console;
  await signIn(page);
  await typeInto(page.getByLabel('Step 1'), 'Checkout Started');
  await typeInto(page.getByLabel('Step 2'), 'Order Completed ');
  expect(await page.getByLabel('Step 1').inputValue()).toBe('Checkout Started');
  await page.keyboard.press('Enter');
  // the name's trailing space is not part of it
  await expect.poll(() => new URL(page.url()).searchParams.get('steps')).toBe('Checkout Started,Order Completed');
  await expect
    .poll(() =>
      page
        .locator('#funnel tbody tr')
        .evaluateAll((rows) => rows.map((row) => [...row.children].slice(0, 2).map((cell) => cell.textContent))),
    )
    .toEqual([
      ['Checkout Started', '3'],
      ['Order Completed', '2'],
    ]);
  expect(console.problems).toEqual([]);
  await console.close();
});
