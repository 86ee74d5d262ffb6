import { expect, test } from 'vitest';
import { auditAxe } from '../support/axe-audit.ts';
import { openDemo } from '../support/demo-page.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();

test.each(['light', 'dark'] as const)('axe (WCAG 2.2 AA) finds nothing on the demo host page’s own pages, %s', async (colorScheme) => {
  const demo = await openDemo(e2e.browser, e2e.stack, { bypassCSP: true, colorScheme });
  const { page } = demo;
  for (const path of ['/', '/docs', '/reports', '/account']) {
    await page.click(`.sidebar a[href="${path}"]`);
    await expect.poll(() => page.locator(`[data-page="${path}"]`).isVisible()).toBe(true);
    const findings = await auditAxe(page);
    expect(findings.page, path).toEqual([]);
  }
  expect(await page.getByRole('button', { name: 'Cancel subscription' }).isVisible()).toBe(true);
  await demo.close();
});
