import { expect, test } from 'vitest';
import { adminEvents } from '../support/admin-events.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();

test('one user in two tabs: a step counted across both ("Generate two reports", one in each) is done in either', async () => {
  const context = await e2e.browser.newContext();
  const [first, second] = [await context.newPage(), await context.newPage()];
  for (const page of [first, second]) {
    await page.goto(e2e.stack.demoUrl);
    await page.locator('[data-growthkit="checklist"]').getByText('0 of 6').waitFor({ timeout: 10_000 });
  }

  await first.getByRole('button', { name: 'Generate report' }).click();
  await second.getByRole('button', { name: 'Generate report' }).click();
  // the second tab counts on top of the first tab's report: two reports, the step is done
  await second.locator('[data-growthkit="checklist"]').getByText('1 of 6').waitFor({ timeout: 10_000 });
  await second.evaluate(() => (window as unknown as { growthkit: { flush(): Promise<void> } }).growthkit.flush());
  const completed = (await adminEvents(e2e.stack.collectorUrl, 'sk_demo'))
    .filter((event) => event.name === 'gk.step_completed')
    .map((event) => (event.props as { step?: string }).step);
  expect(completed).toEqual(['generate_reports']);

  // and the first tab, reloaded, reads the same
  await first.reload();
  await first.locator('[data-growthkit="checklist"]').getByText('1 of 6').waitFor({ timeout: 10_000 });
  await context.close();
});
