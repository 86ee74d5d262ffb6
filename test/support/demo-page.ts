import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { assignVariant } from '@growthkit/core';
import { DEMO_UPGRADE_COPY } from '../../apps/collector/src/seed/demo-experiment.ts';
import type { Persona } from '../../demo/src/personas.ts';
import { trialWorkspace } from './demo-workspace.ts';
import { recordProblems } from './page-problems.ts';
import { onSentEvent } from './sent-events.ts';
import type { Stack } from './stack.ts';
import { waitForSdk } from './wait-for-sdk.ts';

/** An event as the collector stored it, props parsed. */
export interface CollectedEvent {
  name: string;
  campaignId: string | null;
  userId: string | null;
  props: Record<string, unknown>;
}

interface GrowthKitGlobal {
  flush(): Promise<void>;
}

/**
 * The anonymous ids of the devices a page's events come from. Playwright does not always see a beacon sent while the
 * page unloads, so the page's events are found by device rather than by the event ids it was seen sending.
 */
function recordDevices(page: Page): Set<string> {
  const devices = new Set<string>();
  onSentEvent(page, (event) => devices.add(event.anonymousId));
  return devices;
}

/**
 * The Acme Docs demo in a fresh browser context: a new device, so a new workspace on the trial persona. `events`
 * flushes the SDK and reads back, from the collector's SQLite file, only this device's events, so tests that share
 * one stack do not see each other's.
 */
export async function openDemo(browser: Browser, stack: Stack, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ locale: 'en-US', ...options });
  // The demo's quota prompt is the experiment demo-upgrade-copy: a fresh trial user in its control arm keeps the
  // prompt's copy (and the prompt itself: the holdout sees none) what these tests read.
  await context.addInitScript((workspace) => {
    if (!localStorage.getItem('acme:workspace')) localStorage.setItem('acme:workspace', workspace);
  }, trialWorkspace(controlUser()));
  const page = await context.newPage();
  const devices = recordDevices(page);
  const problems = recordProblems(page);
  await page.goto(stack.demoUrl);
  await waitForSdk(page);

  return {
    page,
    /** page errors and console errors seen so far */
    problems,
    async events(campaignId?: string): Promise<CollectedEvent[]> {
      await page.evaluate(() => (window as unknown as { growthkit: GrowthKitGlobal }).growthkit.flush());
      return stack
        .storedEvents()
        .filter((event) => devices.has(event.anonymous_id) && (campaignId === undefined || event.campaign_id === campaignId))
        .map((event) => ({
          name: event.name,
          campaignId: event.campaign_id,
          userId: event.user_id,
          props: JSON.parse(event.props || '{}'),
        }));
    },
    close: () => context.close(),
  };
}

/** A new trial user id, as the demo makes them, that the demo experiment puts in its control arm. */
function controlUser(): string {
  for (;;) {
    const userId = `trial-${crypto.randomUUID().slice(0, 8)}`;
    if (assignVariant({ ...DEMO_UPGRADE_COPY, hashAttribute: 'id' }, { id: userId }).variant === 'control') return userId;
  }
}

/**
 * Becomes another kind of customer the way a visitor of the demo does, with the header's Persona select (a new user
 * of that kind), and returns the new user's id.
 */
export async function choosePersona(page: Page, persona: Persona): Promise<string> {
  await page.selectOption('#persona', persona);
  return page.evaluate(() => (JSON.parse(localStorage.getItem('acme:workspace') ?? '{}') as { userId: string }).userId);
}
