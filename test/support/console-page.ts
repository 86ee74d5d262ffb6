import { expect } from 'vitest';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { auditAxe } from './axe-audit.ts';
import { docsScreenshot } from './docs-screenshot.ts';
import { recordProblems } from './page-problems.ts';

/** The console at `path` of the stack's collector, in a context of its own (English, 1280 px wide unless `options` say). */
export async function openConsole(
  e2e: { browser: Browser; stack: { collectorUrl: string } },
  path: string,
  options: BrowserContextOptions = {},
) {
  const context = await e2e.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems = recordProblems(page);
  await page.goto(`${e2e.stack.collectorUrl}${path}`);
  return { page, problems, close: () => context.close() };
}

/** Acts by keyboard alone: the control takes focus, then Enter (a link or button). */
export async function press(target: Locator) {
  await target.focus();
  await target.page().keyboard.press('Enter');
}

/** Replaces the field's text by typing, as a person at the keyboard would. */
export async function typeInto(target: Locator, text: string) {
  await target.focus();
  await target.page().keyboard.press('ControlOrMeta+A');
  await target.page().keyboard.press('Backspace');
  await target.page().keyboard.type(text);
}

/** Signs in by keyboard with a name (the author of changes) and the secret key. */
export async function signIn(page: Page, { name = 'Pat Product', key = 'sk_demo' } = {}) {
  await typeInto(page.getByLabel('Your name'), name);
  await typeInto(page.getByLabel('Secret key'), key);
  await page.keyboard.press('Enter');
}

/** The page from its top, focus cleared, for the docs. */
export async function picture(page: Page, name: string) {
  await page.evaluate(() => {
    scrollTo(0, 0);
    (document.activeElement as HTMLElement | null)?.blur();
  });
  await docsScreenshot(page, name);
}

/** No axe violation on the console page as it is now, a previewed widget included. */
export async function expectAccessible(page: Page, what: string) {
  const findings = await auditAxe(page);
  expect([...findings.page, ...findings.widgets], what).toEqual([]);
}
