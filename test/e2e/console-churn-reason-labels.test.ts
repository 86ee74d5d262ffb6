import { beforeAll, expect, test } from 'vitest';
import { openConsole, signIn } from '../support/console-page.ts';
import { drawnChart } from '../support/drawn-chart.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();
const LONG_REASON = 'switching_to_a_competitor_with_a_very_long_reason_name_that_goes_on';
const REASONS = ['too_expensive', 'missing_feature', 'not_using', LONG_REASON];

/** Yesterday, one cancelled flow for each reason: a reason a host app names at length among short ones. */
beforeAll(async () => {
  const events = REASONS.map((reason, i) => ({
    id: crypto.randomUUID(),
    type: 'widget',
    name: 'gk.cancel_outcome',
    userId: `leaver-${i}`,
    anonymousId: `device-of-leaver-${i}`,
    campaignId: 'cancel-flow',
    ts: new Date(Date.now() - 86_400_000).toISOString(),
    props: { outcome: 'cancelled', reason },
  }));
  const res = await fetch(`${e2e.stack.collectorUrl}/v1/events`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  expect(await res.json()).toMatchObject({ accepted: events.length, rejected: [] });
});

test.each([1280, 390])('at %i px the churn chart names every reason, a long one in lines, none cut off at the edge', async (width) => {
  const console = await openConsole(e2e, '/console/reports/churn', { viewport: { width, height: 900 } });
  const { page } = console;
  await signIn(page);
  await expect.poll(() => page.getByRole('img', { name: /Churn reasons by share/ }).count()).toBe(1);
  await expect.poll(() => drawnChart(page, 'figure canvas')).toMatchObject({ labelled: REASONS.length, edgePixels: 0 });
  expect(console.problems).toEqual([]);
  await console.close();
});
