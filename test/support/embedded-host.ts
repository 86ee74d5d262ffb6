import { afterEach } from 'vitest';
import type { Page } from 'playwright-core';
import type { Campaign } from '@growthkit/core';
import type { StoredEvent } from '@growthkit/collector';
import { createProject } from './collector-project.ts';
import { headerOffsetSetup } from './header-offset.ts';
import { type HostSite, serveHost } from './host-server.ts';
import { type HostVisit, visitHost } from './host-visit.ts';
import { officialSnippet } from './official-snippet.ts';
import type { CollectorAndBrowser } from './use-collector.ts';

export interface EmbedOptions {
  /** the project's id on the collector, unique in the file: each test gets its own project and campaigns */
  project: string;
  campaigns: Campaign[];
  /** the page first opened, e.g. "/" or "/#/guide" */
  path?: string;
  /** height of the host's fixed or sticky header: the host then uses GrowthKit's documented setup for it */
  headerPx?: number;
  /** holds GrowthKit's script back until `releaseSdk()`, so the host's calls meet the snippet's stub */
  holdSdk?: boolean;
  /** runs before the page is opened: slowing one of the host's files down, say */
  prepare?: (page: Page) => Promise<void>;
}

export interface EmbeddedHost extends Omit<HostVisit, 'events'> {
  /** flushes the SDK, then this visit's events as the collector stored them, in arrival order */
  events(): Promise<StoredEvent[]>;
}

/**
 * A host site with GrowthKit added the documented way (the official snippet, the loader tag pointing at the real
 * collector, the header setup when it has one), served on its own port for one test and opened by a new visitor.
 */
async function embedHost(running: CollectorAndBrowser, site: HostSite, options: EmbedOptions): Promise<EmbeddedHost> {
  const { collector, browser } = running;
  const project = await createProject(collector.store, options.project, options.campaigns);
  const header = headerOffsetSetup(options.headerPx ?? 0);
  const userId = `user-${crypto.randomUUID().slice(0, 8)}`;
  const snippet = officialSnippet({
    key: project.publishableKey,
    endpoint: collector.url,
    userId,
    traits: { plan: 'basic', role: 'engineer', signed_up_at: '2026-11-01' },
    init: options.headerPx ? header.init : {},
  });
  const server = await serveHost(site, {
    collectorUrl: collector.url,
    snippet,
    files: { '/growthkit-header.css': options.headerPx ? header.css : '' },
  });
  const visit = await visitHost(browser, `${server.url}${options.path ?? '/'}`, { holdSdk: options.holdSdk, prepare: options.prepare });
  return {
    ...visit,
    events: () => visit.events(collector.url, project.secretKey),
    async close() {
      await visit.close();
      await server.close();
    },
  };
}

/** Opens `site` for a test (embedHost); whatever a test opened is closed after it, passed or failed. */
export function useEmbeddedHost(running: CollectorAndBrowser, site: HostSite): (options: EmbedOptions) => Promise<EmbeddedHost> {
  let opened: EmbeddedHost | undefined;
  afterEach(async () => {
    await opened?.close();
    opened = undefined;
  });
  return async (options) => {
    opened = await embedHost(running, site, options);
    return opened;
  };
}
