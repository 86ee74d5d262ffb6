import type { Page } from 'playwright-core';
import { onSentEvent } from './sent-events.ts';

/** Every event id the page sends to the collector, by fetch or by beacon, retries included. */
export function recordSentEventIds(page: Page): Set<string> {
  const ids = new Set<string>();
  onSentEvent(page, (event) => ids.add(event.id));
  return ids;
}
