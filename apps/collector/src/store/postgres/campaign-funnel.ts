import type { Pool } from 'pg';
import type { CampaignFunnel, FunnelQuery } from '../store.ts';
import { eventMsSql } from './event-ms-sql.ts';

// The statement of ../sqlite/campaign-funnel.ts (read the reasoning there): $1 project, $2 campaign, $3 goal event,
// $4 exposure is a step, $5 from, $6 to.
const FUNNEL_SQL = `
WITH firsts AS MATERIALIZED (
  SELECT coalesce('u:' || e.user_id, 'a:' || e.anonymous_id) AS person,
    CASE WHEN e.name = $3 THEN 'goal' ELSE e.name END AS step, min(${eventMsSql('e')}) AS t
  FROM events e
  WHERE e.project_id = $1 AND e.at >= $5 AND e.at < $6
    AND ((e.campaign_id = $2 AND e.name IN ('gk.exposure', 'gk.shown', 'gk.click')) OR e.name = $3)
  GROUP BY 1, 2
),
exposed AS (SELECT person, t FROM firsts WHERE step = 'gk.exposure'),
shown AS (
  SELECT f.person, f.t FROM firsts f WHERE f.step = 'gk.shown'
    AND (NOT $4::boolean OR EXISTS (SELECT 1 FROM exposed p WHERE p.person = f.person AND p.t <= f.t))
),
clicked AS (SELECT f.person, f.t FROM firsts f JOIN shown p ON p.person = f.person AND p.t <= f.t WHERE f.step = 'gk.click'),
converted AS (SELECT f.person FROM firsts f JOIN clicked p ON p.person = f.person AND p.t <= f.t WHERE f.step = 'goal')
SELECT (SELECT count(*) FROM exposed)::int AS exposed, (SELECT count(*) FROM shown)::int AS shown,
  (SELECT count(*) FROM clicked)::int AS clicked, (SELECT count(*) FROM converted)::int AS converted`;

/** Counts one campaign's funnel in one statement, with the same answer as the SQLite store's. */
export async function campaignFunnel(pool: Pool, projectId: string, query: FunnelQuery): Promise<CampaignFunnel> {
  const { rows } = await pool.query<CampaignFunnel>(FUNNEL_SQL, [
    projectId,
    query.campaignId,
    query.goal ?? '',
    query.exposureStep,
    query.from,
    query.to,
  ]);
  return rows[0]!;
}
