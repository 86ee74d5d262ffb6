import { beforeAll, expect, test } from 'vitest';
import { openConsole, signIn } from '../support/console-page.ts';
import { drawnChart } from '../support/drawn-chart.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();
/** event names as a host app writes them, at length */
const STEPS = [
  'Onboarding Wizard Step One Completed Successfully',
  'Connected First Integration With External CRM',
  'Invited Three Or More Teammates To Workspace',
  'Upgraded To Annual Growth Plan',
];

/** Yesterday, six people go through the steps in order, fewer at each one. */
beforeAll(async () => {
  const events = [6, 6, 4, 2].flatMap((people, k) =>
    Array.from({ length: people }, (_, i) => ({
      id: crypto.randomUUID(),
      type: 'track',
      name: STEPS[k],
      userId: `stepper-${i}`,
      anonymousId: `device-of-stepper-${i}`,
      ts: new Date(Date.now() - 86_400_000 + k * 60_000).toISOString(),
    })),
  );
  const res = await fetch(`${e2e.stack.collectorUrl}/v1/events`, {
    method: 'POST',
    headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  expect(await res.json()).toMatchObject({ accepted: events.length, rejected: [] });
});

test.each([1280, 390])(
  'at %i px the funnel chart names every step, long names in lines, and the bars keep about half the width or more',
  async (width) => {
    const steps = encodeURIComponent(STEPS.join(','));
    const console = await openConsole(e2e, `/console/reports/event-funnel?steps=${steps}`, { viewport: { width, height: 900 } });
    const { page } = console;
    await signIn(page);
    await expect.poll(() => page.locator('#funnel tbody tr').count()).toBe(STEPS.length);
    await expect.poll(() => drawnChart(page, 'figure canvas')).toMatchObject({ labelled: STEPS.length, edgePixels: 0 });
    expect((await drawnChart(page, 'figure canvas'))!.plotShare).toBeGreaterThanOrEqual(0.45);
    expect(console.problems).toEqual([]);
    await console.close();
  },
);
