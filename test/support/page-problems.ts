import type { Page } from 'playwright-core';

/** The page's uncaught errors and console errors from now on, for a test to expect none. */
export function recordProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  return problems;
}
