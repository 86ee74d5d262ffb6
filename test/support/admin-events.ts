import type { StoredEvent } from '@growthkit/collector';

/** Every event the collector stored for a project, in arrival order, read the way an analyst would: the admin API. */
export async function adminEvents(collectorUrl: string, secretKey: string): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  let after: string | null = null;
  do {
    const query = new URLSearchParams({ limit: '1000', ...(after && { after }) });
    const response = await fetch(`${collectorUrl}/v1/admin/events?${query}`, { headers: { authorization: `Bearer ${secretKey}` } });
    if (!response.ok) throw new Error(`GET /v1/admin/events: ${response.status} ${await response.text()}`);
    const page = (await response.json()) as { events: StoredEvent[]; next: string | null };
    events.push(...page.events);
    after = page.next;
  } while (after);
  return events;
}
