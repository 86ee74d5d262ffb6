import type { Browser, Page } from 'playwright-core';
import type { StoredEvent } from '@growthkit/collector';
import { adminEvents } from './admin-events.ts';
import { holdSdk } from './held-sdk.ts';
import { recordProblems } from './page-problems.ts';
import { onSentEvent } from './sent-events.ts';
import { waitForSdk } from './wait-for-sdk.ts';
import { recordWidgetPlaces } from './widget-place-history.ts';

/** The viewport the visibility rule of `gk.shown` (half of a widget in view) is measured against. */
const VIEWPORT = { width: 1280, height: 720 };

export interface HostVisit {
  page: Page;
  /** page errors and console errors (CSP violations included) seen so far */
  problems: string[];
  /** every place a widget was put, in order (widget-place-history.ts) */
  placesEverUsed: string[];
  /** lets the held SDK script load (a visit opened with `holdSdk`); a no-op otherwise */
  releaseSdk(): void;
  /** flushes the SDK, then this device's events as the collector stored them, in arrival order */
  events(collectorUrl: string, secretKey: string): Promise<StoredEvent[]>;
  close(): Promise<void>;
}

/**
 * A person's first visit to a host page: a fresh browser context (a new device), with what the page sends followed.
 * Resolves once the SDK runs, or, with `holdSdk`, once the host's DOM is parsed and the SDK's script is held back.
 * `prepare` runs before the page is opened (to route a host file, say).
 */
export async function visitHost(
  browser: Browser,
  url: string,
  { holdSdk: held = false, prepare }: { holdSdk?: boolean; prepare?: (page: Page) => Promise<void> } = {},
): Promise<HostVisit> {
  const context = await browser.newContext({ locale: 'en-US', viewport: VIEWPORT });
  const page = await context.newPage();
  const problems = recordProblems(page);
  const placesEverUsed = await recordWidgetPlaces(page);
  const devices = new Set<string>();
  onSentEvent(page, (event) => devices.add(event.anonymousId));
  const releaseSdk = held ? await holdSdk(page) : () => undefined;
  await prepare?.(page);
  await page.goto(url, { waitUntil: held ? 'domcontentloaded' : 'load' });
  if (!held) await waitForSdk(page);
  return {
    page,
    problems,
    placesEverUsed,
    releaseSdk,
    async events(collectorUrl, secretKey) {
      await waitForSdk(page);
      await page.evaluate(() => (window as unknown as { growthkit: { flush(): Promise<void> } }).growthkit.flush());
      return (await adminEvents(collectorUrl, secretKey)).filter((event) => devices.has(event.anonymousId));
    },
    close: () => context.close(),
  };
}
