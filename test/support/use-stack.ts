import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { startStack, type Stack } from './stack.ts';

export interface StackAndBrowser<B = Browser> {
  stack: Stack;
  browser: B;
}

interface Closable {
  close(): Promise<void>;
}

interface StackOptions {
  per?: 'file' | 'test';
}

/**
 * Registers the hooks that start the whole stack before the file's tests (`per: 'file'`) or before each test
 * (`per: 'test'`, for tests that take the collector down), and a browser (Playwright's Chromium unless `launch` says
 * otherwise) once for the file, since each test opens its own context and Firefox takes seconds to start; and close
 * them after. The returned object's fields are set by those hooks, so read them inside tests and hooks, never at the
 * top of the file.
 */
export function useStack(options?: StackOptions): StackAndBrowser;
export function useStack<B extends Closable>(options: StackOptions & { launch: () => Promise<B> }): StackAndBrowser<B>;
export function useStack({ per = 'file', launch = launchChromium }: StackOptions & { launch?: () => Promise<Closable> } = {}) {
  const running = {} as StackAndBrowser<Closable>;
  const [before, after] = per === 'file' ? [beforeAll, afterAll] : [beforeEach, afterEach];
  beforeAll(async () => {
    running.browser = await launch();
  });
  before(async () => {
    running.stack = await startStack();
  });
  after(async () => {
    await running.stack?.close();
  });
  afterAll(async () => {
    await running.browser?.close();
  });
  return running;
}
