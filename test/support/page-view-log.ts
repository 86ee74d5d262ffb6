import type { StoredEvent } from '@growthkit/collector';

/** One page view as the collector has it: its path and the widgets counted as shown in it. */
export interface PageViewEntry {
  path: string | undefined;
  /** campaign ids of its `gk.shown` events, sorted; one sent with another `context.path` is marked with that path */
  shown: string[];
}

/**
 * The visit as a person lived it, read from the stored events in arrival order: each page view with the impressions
 * that followed it before the next page view. Impressions before the first page view are listed under path "(none)".
 */
export function pageViewLog(events: readonly StoredEvent[]): PageViewEntry[] {
  const log: PageViewEntry[] = [];
  for (const event of events) {
    const path = event.context?.path;
    if (event.type === 'page') log.push({ path, shown: [] });
    if (event.name !== 'gk.shown') continue;
    if (log.length === 0) log.push({ path: '(none)', shown: [] });
    const view = log[log.length - 1];
    view.shown.push(path === view.path ? String(event.campaignId) : `${event.campaignId} (context.path ${String(path)})`);
    view.shown.sort();
  }
  return log;
}
