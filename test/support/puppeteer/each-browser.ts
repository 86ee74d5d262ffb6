import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { describe } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { FIREFOX_PATH, FIREFOX_PREFS } from '../firefox.ts';

export interface TestBrowser {
  name: 'chromium' | 'firefox';
  launch(): Promise<Browser>;
  /** why it cannot run here; only ever set off CI, where a missing browser must fail instead */
  missing?: string;
}

const underCi = Boolean(process.env.CI) && process.env.CI !== 'false';

/**
 * Debian's Chromium (over CDP) and Firefox ESR (over WebDriver BiDi), both through puppeteer-core, so a test is written
 * once and runs in each. Firefox is skipped on a machine without it, but not under CI: there launching it fails.
 */
const BROWSERS: TestBrowser[] = [
  {
    name: 'chromium',
    launch: () =>
      puppeteer.launch({ browser: 'chrome', executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--lang=en-US'], headless: true }),
  },
  {
    name: 'firefox',
    launch: () =>
      puppeteer.launch({
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        extraPrefsFirefox: FIREFOX_PREFS,
        headless: true,
        protocol: 'webDriverBiDi',
      }),
    missing: existsSync(FIREFOX_PATH) || underCi ? undefined : `${FIREFOX_PATH} not installed (scripts/install.sh installs it)`,
  },
];

/** Declares the file's tests once per browser, each browser's in a `describe` named for it. */
export function eachBrowser(tests: (browser: TestBrowser) => void): void {
  for (const browser of BROWSERS) {
    if (browser.missing) console.warn(`${browser.name} tests skipped: ${browser.missing}`);
    describe.skipIf(Boolean(browser.missing))(browser.name, () => tests(browser));
  }
}
