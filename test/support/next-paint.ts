import type { Page } from 'playwright-core';

/**
 * Resolves once the page has painted a frame after the call: what a person sees before acting on it. A test that acts
 * on what is in the DOM but not yet painted (a loaded machine delays frames) does what no user can.
 */
export const nextPaint = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
