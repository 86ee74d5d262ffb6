import { beforeAll, expect, test } from 'vitest';
import { signIn } from '../support/console-page.ts';
import { seedConsoleSample } from '../support/console-sample-data.ts';
import { recordProblems } from '../support/page-problems.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();

beforeAll(() => seedConsoleSample(e2e.stack.collectorUrl));

test('a chart whose library does not arrive (offline, or a console built again since the tab opened) says so; the table stays, nothing throws', async () => {
  const context = await e2e.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  await context.route('**/console/assets/chart-library-*.js', (route) => route.abort('internetdisconnected'));
  const page = await context.newPage();
  const problems = recordProblems(page);
  await page.goto(`${e2e.stack.collectorUrl}/console/reports/funnel?campaignId=storage-quota`);
  await signIn(page);
  const said = page.getByText('The chart could not be loaded; reload the page to draw it. Its figures are in the table.');
  await said.waitFor({ timeout: 10_000 });
  expect(await page.locator('table#funnel tbody tr').count()).toBeGreaterThan(0);
  expect(await page.locator('canvas[role="img"]').isVisible()).toBe(false);
  // the failed file itself is the browser's own console message; nothing of the console's is left unhandled
  expect(problems.filter((problem) => !problem.includes('Failed to load resource'))).toEqual([]);
  await context.close();
});
