import type { Page } from 'puppeteer-core';

/** Every event id the page sends to the collector, by fetch or by beacon, retries included. */
export function recordSentEventIds(page: Page): Set<string> {
  const ids = new Set<string>();
  page.on('request', async (request) => {
    if (request.method() !== 'POST' || !request.url().includes('/v1/events')) return;
    // Firefox's BiDi hands request bodies over only on demand, so read them that way in both browsers.
    const body = await request.fetchPostData().catch(() => undefined);
    try {
      for (const event of (JSON.parse(body ?? '{}') as { events?: { id: string }[] }).events ?? []) ids.add(event.id);
    } catch {
      // not an events batch
    }
  });
  return ids;
}
