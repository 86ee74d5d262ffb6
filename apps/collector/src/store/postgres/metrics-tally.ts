import type { Pool } from 'pg';
import { productEventSql } from '../product-event-sql.ts';
import { intervalTallies, type BillingRow, type RetentionRow } from '../metrics-tally-rows.ts';
import type { IntervalTally, MetricsInterval } from '../store.ts';
import { eventMsSql } from './event-ms-sql.ts';

const DAY_MS = 86_400_000;

// The statements of ../sqlite/metrics-tally.ts (read the rules there) in PostgreSQL: $1 project; retention takes $2
// the intervals as a JSON array of [start, end] in milliseconds and $3 the report's end; billing takes $2 start, $3 end
// and $4 the report's end, in milliseconds.
const RETENTION_SQL = `
WITH intervals AS (
  SELECT (t.ord - 1)::int AS i, (t.v ->> 0)::numeric AS start_ms, (t.v ->> 1)::numeric AS end_ms
  FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(v, ord)
),
firsts AS MATERIALIZED (
  SELECT e.user_id, min(${eventMsSql('e')}) AS first_ms FROM events e
  WHERE e.project_id = $1 AND e.user_id IS NOT NULL GROUP BY e.user_id
),
cohort AS MATERIALIZED (
  SELECT f.user_id, i.i, floor(f.first_ms / ${DAY_MS})::bigint AS day0
  FROM firsts f JOIN intervals i ON f.first_ms >= i.start_ms AND f.first_ms < i.end_ms
),
active AS MATERIALIZED (
  SELECT DISTINCT e.user_id, floor(${eventMsSql('e')} / ${DAY_MS})::bigint AS day
  FROM cohort c JOIN events e ON e.project_id = $1 AND e.user_id = c.user_id
  WHERE ${productEventSql('e')}
)
SELECT i, 0 AS n, count(*)::int AS measured, count(*)::int AS active FROM cohort GROUP BY i
UNION ALL
SELECT c.i, d.n, count(*)::int, count(a.user_id)::int
FROM cohort c JOIN (VALUES (1), (7), (30)) d(n) ON (c.day0 + d.n + 1) * ${DAY_MS} <= $3
LEFT JOIN active a ON a.user_id = c.user_id AND a.day = c.day0 + d.n
GROUP BY c.i, d.n`;

const BILLING_SQL = `
WITH billing AS MATERIALIZED (
  SELECT e.account_id, e.seq, ${eventMsSql('e')} AS t, e.name, j.p ->> 'cause' AS cause,
    CASE e.name WHEN 'plan_changed' THEN (j.p ->> 'mrr_after')::numeric WHEN 'subscription_cancelled' THEN 0
      ELSE (j.p ->> 'mrr')::numeric END AS mrr,
    CASE e.name WHEN 'plan_changed' THEN (j.p ->> 'mrr_after')::numeric - (j.p ->> 'mrr_before')::numeric END AS gain
  FROM events e CROSS JOIN LATERAL (SELECT e.props::jsonb AS p) j
  WHERE e.project_id = $1 AND e.account_id IS NOT NULL
    AND e.name IN ('subscription_started', 'subscription_renewed', 'plan_changed', 'subscription_cancelled')
),
at_start AS (
  SELECT account_id FROM (
    SELECT account_id, name, row_number() OVER (PARTITION BY account_id ORDER BY t DESC, seq DESC) AS r FROM billing WHERE t < $2
  ) latest WHERE r = 1 AND name <> 'subscription_cancelled'
),
at_end AS (
  SELECT account_id, mrr FROM (
    SELECT account_id, name, mrr, row_number() OVER (PARTITION BY account_id ORDER BY t DESC, seq DESC) AS r FROM billing WHERE t < $3
  ) latest WHERE r = 1 AND name <> 'subscription_cancelled' AND mrr > 0
),
cancels AS (
  SELECT account_id, cause FROM (
    SELECT account_id, cause, row_number() OVER (PARTITION BY account_id ORDER BY t, seq) AS r FROM billing
    WHERE name = 'subscription_cancelled' AND t >= $2 AND t < $3
  ) firsts WHERE r = 1
),
upgrades AS (SELECT account_id, t, gain FROM billing WHERE gain > 0),
shown AS (
  SELECT e.account_id, min(${eventMsSql('e')}) AS first_ms FROM events e
  JOIN campaigns c ON c.project_id = e.project_id AND c.id = e.campaign_id COLLATE "C"
  WHERE e.project_id = $1 AND e.name = 'gk.shown' AND e.account_id IS NOT NULL
    AND c.json -> 'widget' ->> 'type' IN ('quota', 'upsell')
  GROUP BY e.account_id
)
SELECT
  (SELECT count(*) FROM at_start)::int AS "activeAtStart",
  (SELECT count(*) FROM at_start JOIN cancels USING (account_id) WHERE cause = 'voluntary')::int AS voluntary,
  (SELECT count(*) FROM at_start JOIN cancels USING (account_id) WHERE cause = 'involuntary')::int AS involuntary,
  (SELECT count(*) FROM at_end)::int AS paying,
  (SELECT coalesce(sum(mrr), 0) FROM at_end)::float8 AS mrr,
  (SELECT count(*) FROM upgrades WHERE t >= $2 AND t < $3)::int AS "upgradeCount",
  (SELECT count(DISTINCT account_id) FROM upgrades WHERE t >= $2 AND t < $3)::int AS "upgradeAccounts",
  (SELECT coalesce(sum(gain), 0) FROM upgrades WHERE t >= $2 AND t < $3)::float8 AS "upgradeMrr",
  (SELECT count(*) FROM shown WHERE first_ms >= $2 AND first_ms < $3)::int AS shown,
  (SELECT count(*) FROM shown s WHERE s.first_ms >= $2 AND s.first_ms < $3
    AND EXISTS (SELECT 1 FROM upgrades u WHERE u.account_id = s.account_id AND u.t >= s.first_ms AND u.t < $4))::int AS converted`;

/** Counts the intervals' retention in one statement, and each interval's subscriptions in one more. */
export async function metricsTally(
  pool: Pool,
  projectId: string,
  intervals: readonly MetricsInterval[],
  reportEnd: Date,
): Promise<IntervalTally[]> {
  const retention = await pool.query<RetentionRow>(RETENTION_SQL, [
    projectId,
    JSON.stringify(intervals.map(({ start, end }) => [start.getTime(), end.getTime()])),
    reportEnd.getTime(),
  ]);
  const billing = await Promise.all(
    intervals.map(async ({ start, end }) => {
      const { rows } = await pool.query<BillingRow>(BILLING_SQL, [projectId, start.getTime(), end.getTime(), reportEnd.getTime()]);
      return rows[0]!;
    }),
  );
  return intervalTallies(retention.rows, billing);
}
