import type { Page } from 'playwright-core';

/** Every event id the page sends to the collector, by fetch or by beacon, retries included. */
export function recordSentEventIds(page: Page): Set<string> {
  const ids = new Set<string>();
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !request.url().includes('/v1/events')) return;
    try {
      const body = JSON.parse(request.postData() ?? '{}') as { events?: { id: string }[] };
      for (const event of body.events ?? []) ids.add(event.id);
    } catch {
      // not an events batch
    }
  });
  return ids;
}
