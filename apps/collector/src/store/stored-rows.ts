import { EventContextSchema, PublicSettingsSchema, type GrowthEvent } from '@growthkit/core';
import type { Project, StoredEvent } from './store.ts';

/** A projects row, as both engines keep it (JSON in text columns). */
export interface ProjectRow {
  id: string;
  publishable_key: string;
  secret_key: string;
  allowed_origins: string;
  settings: string;
}

/**
 * An events row as either engine gives it back: SQLite's sequence is a number and its arrival time ISO text,
 * PostgreSQL's a bigint as a string and a timestamp.
 */
export interface EventRow {
  seq: number | string;
  id: string;
  type: GrowthEvent['type'];
  name: string;
  ts: string;
  received_at: string | Date;
  anonymous_id: string;
  user_id: string | null;
  account_id: string | null;
  session_id: string | null;
  campaign_id: string | null;
  experiment: string | null;
  variant: string | null;
  props: string;
  context: string | null;
}

export const toProject = (row: ProjectRow): Project => ({
  id: row.id,
  publishableKey: row.publishable_key,
  secretKey: row.secret_key,
  allowedOrigins: JSON.parse(row.allowed_origins) as string[],
  settings: PublicSettingsSchema.parse(JSON.parse(row.settings)),
});

export const toStoredEvent = (row: EventRow): StoredEvent => ({
  id: row.id,
  type: row.type,
  name: row.name,
  ts: row.ts,
  receivedAt: typeof row.received_at === 'string' ? row.received_at : row.received_at.toISOString(),
  anonymousId: row.anonymous_id,
  ...(row.user_id !== null && { userId: row.user_id }),
  ...(row.account_id !== null && { accountId: row.account_id }),
  ...(row.session_id !== null && { sessionId: row.session_id }),
  ...(row.campaign_id !== null && { campaignId: row.campaign_id }),
  ...(row.experiment !== null && { experiment: row.experiment }),
  ...(row.variant !== null && { variant: row.variant }),
  props: JSON.parse(row.props) as Record<string, unknown>,
  ...(row.context !== null && { context: EventContextSchema.parse(JSON.parse(row.context)) }),
});
