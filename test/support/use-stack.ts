import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { startStack, type Stack } from './stack.ts';

export interface StackAndBrowser {
  stack: Stack;
  browser: Browser;
}

/**
 * Registers the hooks that start the whole stack and a Chromium before the file's tests (`per: 'file'`) or before each
 * test (`per: 'test'`, for tests that take the collector down), and close both after. The returned object's fields are
 * set by those hooks, so read them inside tests and hooks, never at the top of the file.
 */
export function useStack({ per = 'file' }: { per?: 'file' | 'test' } = {}): StackAndBrowser {
  const running = {} as StackAndBrowser;
  const [before, after] = per === 'file' ? [beforeAll, afterAll] : [beforeEach, afterEach];
  before(async () => {
    running.stack = await startStack();
    running.browser = await launchChromium();
  });
  after(async () => {
    await running.browser?.close();
    await running.stack?.close();
  });
  return running;
}
