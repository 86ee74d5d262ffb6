import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openConsole, signIn } from '../support/console-page.ts';
import { paintedBrightness } from '../support/painted-brightness.ts';
import { useStack } from '../support/use-stack.ts';

const e2e = useStack();

/** The current link of a navigation and another one: the current one's underline stands out, the other has none. */
async function expectCurrentMarked(page: Page, navigation: string, current: string, other: string) {
  const nav = page.getByRole('navigation', { name: navigation });
  const currentLink = nav.getByRole('link', { name: current, exact: true });
  expect(await currentLink.getAttribute('aria-current'), current).toBe('page');
  const marked = await paintedBrightness(currentLink, { bottomPx: 2 });
  const unmarked = await paintedBrightness(nav.getByRole('link', { name: other, exact: true }), { bottomPx: 2 });
  // the current link's line against the bare background under the other: over a third of the scale apart
  expect(Math.abs(marked - unmarked), `${navigation}: ${current} ${marked}, ${other} ${unmarked}`).toBeGreaterThan(100);
  return { marked, unmarked };
}

test.each(['light', 'dark'] as const)(
  'in forced colours (%s system palette) the current section, editor tab and report stand out from the others',
  async (colorScheme) => {
    const console = await openConsole(e2e, '/console/campaigns/onboarding/preview', { colorScheme });
    const { page } = console;
    await page.emulateMedia({ forcedColors: 'active' });
    await signIn(page);
    await expect.poll(() => page.locator('[data-growthkit-preview]').count()).toBe(1);
    const sections = await expectCurrentMarked(page, 'Sections', 'Campaigns', 'Experiments');
    await expectCurrentMarked(page, 'Campaign views', 'Preview', 'Form');

    await page.getByRole('link', { name: 'Reports', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Subscription metrics');
    await expectCurrentMarked(page, 'Sections', 'Reports', 'Campaigns');
    await expectCurrentMarked(page, 'Reports', 'Metrics', 'Churn');
    // the mark moved with the page: the link that had it has none now
    const formerly = await paintedBrightness(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Campaigns' }), {
      bottomPx: 2,
    });
    expect(Math.abs(formerly - sections.unmarked)).toBeLessThan(20);
    expect(console.problems).toEqual([]);
    await console.close();
  },
  40_000,
);

test('in forced colours the Dark mode toggle looks pressed once pressed', async () => {
  const console = await openConsole(e2e, '/console/campaigns', { colorScheme: 'light' });
  const { page } = console;
  await page.emulateMedia({ forcedColors: 'active' });
  await signIn(page);
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
  const off = await paintedBrightness(toggle);
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
  await page.mouse.move(0, 0);
  const on = await paintedBrightness(toggle);
  // pressed, the box is filled with the selection colour: a quarter of the scale or more apart
  expect(Math.abs(on - off), `off ${off}, on ${on}`).toBeGreaterThan(60);
  await console.close();
});
