import type { Pool } from 'pg';
import { productEventSql } from '../product-event-sql.ts';
import { intervalTallies, type BillingRow, type RetentionRow } from '../metrics-tally-rows.ts';
import { accountSegmentCte, inAccountSegmentSql, inSegmentSql, segmentCte, segmentParams } from '../report-dialect.ts';
import type { IntervalTally, MetricsQuery, TraitSegment } from '../store.ts';
import { eventMsSql } from './event-ms-sql.ts';
import { POSTGRES } from './postgres-dialect.ts';
import { reportRows } from './report-query.ts';

const DAY_MS = 86_400_000;

// The statements of ../sqlite/metrics-tally.ts (read the rules there) in PostgreSQL: retention takes :intervals as a
// JSON array of [start, end] in milliseconds and :reportEnd; billing takes :start, :end and :reportEnd in milliseconds.
const retentionSql = (segment: TraitSegment | undefined) => `
WITH intervals AS (
  SELECT (t.ord - 1)::int AS i, (t.v ->> 0)::numeric AS start_ms, (t.v ->> 1)::numeric AS end_ms
  FROM jsonb_array_elements(CAST(:intervals AS jsonb)) WITH ORDINALITY AS t(v, ord)
),
firsts AS MATERIALIZED (
  SELECT e.user_id, min(${eventMsSql('e')}) AS first_ms FROM events e
  WHERE e.project_id = :project AND e.user_id IS NOT NULL GROUP BY e.user_id
),
${segmentCte(POSTGRES, segment, 'SELECT user_id FROM firsts')}
cohort AS MATERIALIZED (
  SELECT f.user_id, i.i, floor(f.first_ms / ${DAY_MS})::bigint AS day0
  FROM firsts f JOIN intervals i ON f.first_ms >= i.start_ms AND f.first_ms < i.end_ms
  WHERE ${inSegmentSql('f', segment)}
),
active AS MATERIALIZED (
  SELECT DISTINCT e.user_id, floor(${eventMsSql('e')} / ${DAY_MS})::bigint AS day
  FROM cohort c JOIN events e ON e.project_id = :project AND e.user_id = c.user_id
  WHERE ${productEventSql('e')}
)
SELECT i, 0 AS n, count(*)::int AS measured, count(*)::int AS active FROM cohort GROUP BY i
UNION ALL
SELECT c.i, d.n, count(*)::int, count(a.user_id)::int
FROM cohort c JOIN (VALUES (1), (7), (30)) d(n) ON (c.day0 + d.n + 1) * ${DAY_MS} <= :reportEnd
LEFT JOIN active a ON a.user_id = c.user_id AND a.day = c.day0 + d.n
GROUP BY c.i, d.n`;

const billingSql = (segment: TraitSegment | undefined) => `
WITH ${accountSegmentCte(POSTGRES, segment)}
billing AS MATERIALIZED (
  SELECT e.account_id, e.seq, ${eventMsSql('e')} AS t, e.name, j.p ->> 'cause' AS cause,
    CASE e.name WHEN 'plan_changed' THEN (j.p ->> 'mrr_after')::numeric WHEN 'subscription_cancelled' THEN 0
      ELSE (j.p ->> 'mrr')::numeric END AS mrr,
    CASE e.name WHEN 'plan_changed' THEN (j.p ->> 'mrr_after')::numeric - (j.p ->> 'mrr_before')::numeric END AS gain
  FROM events e CROSS JOIN LATERAL (SELECT e.props::jsonb AS p) j
  WHERE e.project_id = :project AND e.account_id IS NOT NULL
    AND e.name IN ('subscription_started', 'subscription_renewed', 'plan_changed', 'subscription_cancelled')
    AND ${inAccountSegmentSql('e', segment)}
),
at_start AS (
  SELECT account_id, mrr FROM (
    SELECT account_id, name, mrr, row_number() OVER (PARTITION BY account_id ORDER BY t DESC, seq DESC) AS r FROM billing WHERE t < :start
  ) latest WHERE r = 1 AND name <> 'subscription_cancelled'
),
at_end AS (
  SELECT account_id, mrr FROM (
    SELECT account_id, name, mrr, row_number() OVER (PARTITION BY account_id ORDER BY t DESC, seq DESC) AS r FROM billing WHERE t < :end
  ) latest WHERE r = 1 AND name <> 'subscription_cancelled' AND mrr > 0
),
cancels AS (
  SELECT account_id, cause FROM (
    SELECT account_id, cause, row_number() OVER (PARTITION BY account_id ORDER BY t, seq) AS r FROM billing
    WHERE name = 'subscription_cancelled' AND t >= :start AND t < :end
  ) firsts WHERE r = 1
),
upgrades AS (SELECT account_id, t, gain FROM billing WHERE gain > 0),
shown AS (
  SELECT e.account_id, min(${eventMsSql('e')}) AS first_ms FROM events e
  JOIN campaigns c ON c.project_id = e.project_id AND c.id = e.campaign_id COLLATE "C"
  WHERE e.project_id = :project AND e.name = 'gk.shown' AND e.account_id IS NOT NULL
    AND c.json -> 'widget' ->> 'type' IN ('quota', 'upsell') AND ${inAccountSegmentSql('e', segment)}
  GROUP BY e.account_id
)
SELECT
  (SELECT count(*) FROM at_start)::int AS "activeAtStart",
  (SELECT count(*) FROM at_start JOIN cancels USING (account_id) WHERE cause = 'voluntary')::int AS voluntary,
  (SELECT count(*) FROM at_start JOIN cancels USING (account_id) WHERE cause = 'involuntary')::int AS involuntary,
  (SELECT count(*) FROM at_start WHERE mrr > 0)::int AS "payingAtStart",
  (SELECT count(*) FROM at_start JOIN cancels USING (account_id) WHERE mrr > 0)::int AS "payingCancelled",
  (SELECT count(*) FROM at_end)::int AS paying,
  (SELECT coalesce(sum(mrr), 0) FROM at_end)::float8 AS mrr,
  (SELECT count(*) FROM upgrades WHERE t >= :start AND t < :end)::int AS "upgradeCount",
  (SELECT count(DISTINCT account_id) FROM upgrades WHERE t >= :start AND t < :end)::int AS "upgradeAccounts",
  (SELECT coalesce(sum(gain), 0) FROM upgrades WHERE t >= :start AND t < :end)::float8 AS "upgradeMrr",
  (SELECT count(*) FROM shown WHERE first_ms >= :start AND first_ms < :end)::int AS shown,
  (SELECT count(*) FROM shown s WHERE s.first_ms >= :start AND s.first_ms < :end
    AND EXISTS (SELECT 1 FROM upgrades u WHERE u.account_id = s.account_id AND u.t >= s.first_ms AND u.t < :reportEnd))::int AS converted`;

/** Counts the intervals' retention in one statement, and each interval's subscriptions in one more. */
export async function metricsTally(
  pool: Pool,
  projectId: string,
  { intervals, reportEnd, segment, signal }: MetricsQuery,
  timeoutMs: number,
): Promise<IntervalTally[]> {
  const limits = { timeoutMs, signal };
  const common = { project: projectId, reportEnd: reportEnd.getTime(), ...segmentParams(segment) };
  const retention = await reportRows<RetentionRow>(
    pool,
    {
      text: retentionSql(segment),
      params: { ...common, intervals: JSON.stringify(intervals.map(({ start, end }) => [start.getTime(), end.getTime()])) },
    },
    limits,
  );
  const billing = await Promise.all(
    intervals.map(
      async ({ start, end }) =>
        (
          await reportRows<BillingRow>(
            pool,
            { text: billingSql(segment), params: { ...common, start: start.getTime(), end: end.getTime() } },
            limits,
          )
        )[0]!,
    ),
  );
  return intervalTallies(retention, billing);
}
