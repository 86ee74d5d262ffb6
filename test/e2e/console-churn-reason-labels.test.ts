import { beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openConsole, signIn } from '../support/console-page.ts';
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

/**
 * What the reasons chart drew: how many of its reasons have a label on the axis (Chart.js skips labels it finds
 * crowded), and how many pixels are drawn in the canvas's first three columns, where only a label cut off at the
 * edge reaches. The chart is the one Chart.js keeps for the canvas, from the console's own chart chunk.
 */
async function drawnReasons(page: Page) {
  const chunk = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .find((name) => /\/assets\/chart-library-[^/]+\.js$/.test(name)),
  );
  if (chunk === undefined) return undefined;
  // a string, so the test runner's transform leaves its import() alone: the page's own module instance is the one read
  return page.evaluate(`import(${JSON.stringify(chunk)}).then((exported) => {
    const Chart = Object.values(exported).find((value) => typeof value?.getChart === 'function');
    const canvas = document.querySelector('figure canvas');
    const chart = Chart.getChart(canvas);
    if (chart === undefined) return undefined;
    const edge = canvas.getContext('2d').getImageData(0, 0, 3, canvas.height).data;
    return { labelled: chart.scales.y.ticks.length, edgePixels: edge.filter((value, i) => i % 4 === 3 && value > 0).length };
  })`);
}

test.each([1280, 390])('at %i px the churn chart names every reason, a long one in lines, none cut off at the edge', async (width) => {
  const console = await openConsole(e2e, '/console/reports/churn', { viewport: { width, height: 900 } });
  const { page } = console;
  await signIn(page);
  await expect.poll(() => page.getByRole('img', { name: /Churn reasons by share/ }).count()).toBe(1);
  await expect.poll(() => drawnReasons(page)).toEqual({ labelled: REASONS.length, edgePixels: 0 });
  expect(console.problems).toEqual([]);
  await console.close();
});
