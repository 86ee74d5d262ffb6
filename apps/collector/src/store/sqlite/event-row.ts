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

export const toEventRow = (projectId: string, e: GrowthEvent, receivedAt: string): EventRow => [
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
  e.context === undefined ? null : JSON.stringify(e.context),
];
