import type { GrowthEvent } from '@growthkit/core';

/**
 * One event as the parameters of the events insert, in its column order (project_id … context), props and context
 * already serialised: flat strings cost far less to hand to the writer thread than the nested objects.
 */
export type EventRow = [
  projectId: string,
  id: string,
  type: string,
  name: string,
  ts: string,
  receivedAt: string,
  anonymousId: string,
  userId: string | null,
  accountId: string | null,
  sessionId: string | null,
  campaignId: string | null,
  experiment: string | null,
  variant: string | null,
  props: string,
  context: string | null,
];

const eventRow = (projectId: string, e: GrowthEvent, receivedAt: string, context: string | null): EventRow => [
  projectId,
  e.id,
  e.type,
  e.name,
  e.ts,
  receivedAt,
  e.anonymousId,
  e.userId ?? null,
  e.accountId ?? null,
  e.sessionId ?? null,
  e.campaignId ?? null,
  e.experiment ?? null,
  e.variant ?? null,
  JSON.stringify(e.props),
  context,
];

type Context = NonNullable<GrowthEvent['context']>;

/** Whether two contexts serialise to the same text: the same keys in the same order, each with the same plain value. */
function sameText(context: Context, other: Context): boolean {
  const keys = Object.keys(context);
  const otherKeys = Object.keys(other);
  if (keys.length !== otherKeys.length) return false;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    const value = context[key];
    if (key !== otherKeys[index] || value !== other[key] || (typeof value === 'object' && value !== null)) return false;
  }
  return true;
}

/**
 * One request's events as rows. The events of a batch mostly share their context (one device, one page), so a
 * context like the one before it takes that one's text instead of being serialised again.
 */
export function toEventRows(projectId: string, events: readonly GrowthEvent[], receivedAt: string): EventRow[] {
  let last: { context: Context; text: string } | undefined;
  return events.map((e) => {
    const { context } = e;
    if (context === undefined) return eventRow(projectId, e, receivedAt, null);
    if (last === undefined || !sameText(context, last.context)) last = { context, text: JSON.stringify(context) };
    return eventRow(projectId, e, receivedAt, last.text);
  });
}
