import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { type Collector, startCollector } from '@growthkit/collector';
import { launchChromium } from './browser.ts';

export interface CollectorAndBrowser {
  collector: Collector;
  browser: Browser;
}

/**
 * Registers the hooks that start one collector (a real SQLite file in a temp dir, no project seeded: each test makes
 * its own) and one Chromium for the file's tests, and close both after. Read the fields inside tests and hooks.
 */
export function useCollector(): CollectorAndBrowser {
  const running = {} as CollectorAndBrowser;
  const dir = mkdtempSync(join(tmpdir(), 'growthkit-embedding-'));
  beforeAll(async () => {
    running.collector = await startCollector({ port: 0, dbPath: join(dir, 'growthkit.sqlite') });
    running.browser = await launchChromium();
  });
  afterAll(async () => {
    await running.browser?.close();
    await running.collector?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return running;
}
