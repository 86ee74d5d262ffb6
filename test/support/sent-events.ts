import type { Page } from 'playwright-core';

/** The fields of a sent event the e2e tests follow it by. */
export interface SentEvent {
  id: string;
  anonymousId: string;
}

/** Calls `listener` with every event the page sends to the collector, by fetch or by beacon, retries included. */
export function onSentEvent(page: Page, listener: (event: SentEvent) => void): void {
  page.on('request', (request) => {
    if (request.method() !== 'POST' || !request.url().includes('/v1/events')) return;
    try {
      const body = JSON.parse(request.postData() ?? '{}') as { events?: SentEvent[] };
      for (const event of body.events ?? []) listener(event);
    } catch {
      // not an events batch
    }
  });
}
