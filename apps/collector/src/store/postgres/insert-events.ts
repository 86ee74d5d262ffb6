import type { GrowthEvent } from '@growthkit/core';
import type { Pool } from 'pg';
import type { InsertResult } from '../store.ts';

// One statement per batch, whatever its length: the columns go in as arrays (unnest), the ids first into event_ids,
// and only the rows whose id was new there into events and the exposure summary (as prepareRecordExposure does on
// SQLite, with the same millisecond rule). Ids are inserted in sorted order, so two collectors storing overlapping
// batches lock the same ids in the same order and wait for each other instead of deadlocking; the second finds the
// first's ids and counts them as duplicates.
const INSERT_SQL = `
WITH input (id, type, name, ts, anonymous_id, user_id, account_id, session_id, campaign_id, experiment, variant, props, context) AS (
  SELECT * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
    $10::text[], $11::text[], $12::text[], $13::text[], $14::text[])
),
fresh AS (
  INSERT INTO event_ids (project_id, id, at)
  SELECT $1, id, ts::timestamptz FROM input ORDER BY id
  ON CONFLICT DO NOTHING
  RETURNING id
),
stored AS (
  INSERT INTO events (project_id, id, type, name, ts, at, received_at, anonymous_id, user_id, account_id, session_id,
    campaign_id, experiment, variant, props, context)
  SELECT $1, i.id, i.type, i.name, i.ts, i.ts::timestamptz, $15::timestamptz, i.anonymous_id, i.user_id, i.account_id,
    i.session_id, i.campaign_id, i.experiment, i.variant, i.props, i.context
  FROM input i JOIN fresh f ON f.id = i.id
  RETURNING name, experiment, variant, user_id, anonymous_id, at
),
exposures AS (
  INSERT INTO experiment_exposures (project_id, experiment, subject, variant_min, variant_max, first_ms)
  SELECT $1, experiment, coalesce('u:' || user_id, 'a:' || anonymous_id), min(variant), max(variant),
    min(round(extract(epoch FROM at) * 1000))::bigint
  FROM stored
  WHERE name = 'gk.exposure' AND experiment IS NOT NULL AND variant IS NOT NULL
  GROUP BY 2, 3
  ORDER BY 2, 3
  ON CONFLICT (project_id, experiment, subject) DO UPDATE SET
    variant_min = least(experiment_exposures.variant_min, excluded.variant_min),
    variant_max = greatest(experiment_exposures.variant_max, excluded.variant_max),
    first_ms = least(experiment_exposures.first_ms, excluded.first_ms)
)
SELECT count(*)::int AS accepted FROM fresh`;

/** PostgreSQL's answer to a deadlock: the statement is rolled back and may simply run again. */
const DEADLOCK = '40P01';
const ATTEMPTS = 3;

/** A batch's columns, one array each, ids unique (the first of a repeated id wins, as on SQLite) and sorted. */
function columns(events: readonly GrowthEvent[]): (string | null)[][] {
  const first = new Map<string, GrowthEvent>();
  for (const event of events) if (!first.has(event.id)) first.set(event.id, event);
  const unique = [...first.values()].sort((a, b) => (a.id < b.id ? -1 : Number(a.id > b.id)));
  const column = (pick: (event: GrowthEvent) => string | undefined) => unique.map((event) => pick(event) ?? null);
  return [
    column((e) => e.id),
    column((e) => e.type),
    column((e) => e.name),
    column((e) => e.ts),
    column((e) => e.anonymousId),
    column((e) => e.userId),
    column((e) => e.accountId),
    column((e) => e.sessionId),
    column((e) => e.campaignId),
    column((e) => e.experiment),
    column((e) => e.variant),
    column((e) => JSON.stringify(e.props)),
    column((e) => (e.context === undefined ? undefined : JSON.stringify(e.context))),
  ];
}

/** Stores a batch (each id once per project, across all partitions) in one statement, so all of it or none of it. */
export async function insertEvents(
  pool: Pool,
  projectId: string,
  events: readonly GrowthEvent[],
  receivedAt: string,
): Promise<InsertResult> {
  if (events.length === 0) return { accepted: 0, duplicates: 0 };
  const params = [projectId, ...columns(events), receivedAt];
  for (let attempt = 1; ; attempt++) {
    try {
      // Named, so each connection plans the statement once rather than for every batch.
      const { rows } = await pool.query<{ accepted: number }>({ name: 'growthkit-insert-events', text: INSERT_SQL, values: params });
      const accepted = rows[0]!.accepted;
      return { accepted, duplicates: events.length - accepted };
    } catch (error) {
      if ((error as { code?: string }).code !== DEADLOCK || attempt === ATTEMPTS) throw error;
    }
  }
}
