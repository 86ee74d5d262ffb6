import { launchChromium } from '../../../test/support/browser.ts';
import { startStack } from '../../../test/support/stack.ts';
import { firstPaintMs, loadUntilFirstPaint, slowCpu } from './support/first-paint-marks.ts';
const stack = await startStack();
const browser = await launchChromium();
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(stack.demoUrl);
await page.locator('[data-growthkit="checklist"]').getByText('Get started with Acme Docs').waitFor({ timeout: 30_000 });
await page.waitForTimeout(1000);
await slowCpu(context, page);
for (let i = 0; i < 3; i++) await loadUntilFirstPaint(page, stack.demoUrl);
await browser.startTracing(page, {
  path: '/tmp/fp/trace.json',
  categories: ['devtools.timeline', 'blink.user_timing', 'v8.execute', 'disabled-by-default-devtools.timeline', 'loading'],
});
await loadUntilFirstPaint(page, stack.demoUrl);
const fp = await firstPaintMs(page);
const marks = await page.evaluate(() =>
  performance
    .getEntries()
    .filter((e) => e.entryType === 'mark' || e.entryType === 'resource')
    .map((e) => [e.name.replace(/^https?:\/\/[^/]+/, ''), Math.round(e.startTime), Math.round(e.duration)]),
);
await page.waitForTimeout(1000);
await browser.stopTracing();
console.log('first paint', fp);
console.log(marks.map((m) => m.join(' ')).join('\n'));
await browser.close();
await stack.close();
