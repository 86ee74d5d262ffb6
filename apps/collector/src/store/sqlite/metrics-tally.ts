import { intervalTallies, type BillingRow, type RetentionRow } from '../metrics-tally-rows.ts';
import { accountSegmentCte, inAccountSegmentSql, inSegmentSql, segmentCte, segmentParams } from '../report-dialect.ts';
import type { IntervalTally, MetricsQuery, TraitSegment } from '../store.ts';
import { productEventSql } from '../product-event-sql.ts';
import { eventMsSql } from './event-ms-sql.ts';
import type { ReportRowsOf } from '../report-tallies.ts';
import { SQLITE } from './sqlite-dialect.ts';

const DAY_MS = 86_400_000;

// All intervals in one pass (each user's first event is found once): `:intervals` is a JSON array of [start, end] in
// milliseconds, and each row is (interval index, n). CROSS JOIN keeps the cohort the outer loop (SQLite's rule), so only
// its users' events are read. n = 0 is the cohort's size; 1, 7 and 30 count each day N over the users whose day N had
// ended by the report's end. With a segment, the cohort keeps to its users.
const retentionSql = (segment: TraitSegment | undefined) => `
WITH intervals AS (
  SELECT CAST(key AS INTEGER) AS i, json_extract(value, '$[0]') AS start_ms, json_extract(value, '$[1]') AS end_ms FROM json_each(:intervals)
),
firsts AS MATERIALIZED (
  SELECT e.user_id, min(${eventMsSql('e')}) AS first_ms FROM events e
  WHERE e.project_id = :project AND e.user_id IS NOT NULL GROUP BY e.user_id
),
${segmentCte(SQLITE, segment, 'SELECT user_id FROM firsts')}
cohort AS MATERIALIZED (
  SELECT f.user_id, i.i, CAST(f.first_ms / ${DAY_MS} AS INTEGER) AS day0
  FROM firsts f JOIN intervals i ON f.first_ms >= i.start_ms AND f.first_ms < i.end_ms
  WHERE ${inSegmentSql('f', segment)}
),
active AS MATERIALIZED (
  SELECT DISTINCT e.user_id, CAST(${eventMsSql('e')} / ${DAY_MS} AS INTEGER) AS day
  FROM cohort c CROSS JOIN events e ON e.project_id = :project AND e.user_id = c.user_id
  WHERE ${productEventSql('e')}
)
SELECT i, 0 AS n, count(*) AS measured, count(*) AS active FROM cohort GROUP BY i
UNION ALL
SELECT c.i, d.n, count(*), count(a.user_id)
FROM cohort c JOIN (SELECT 1 AS n UNION ALL SELECT 7 UNION ALL SELECT 30) d ON (c.day0 + d.n + 1) * ${DAY_MS} <= :reportEnd
LEFT JOIN active a ON a.user_id = c.user_id AND a.day = c.day0 + d.n
GROUP BY c.i, d.n`;

// INDEXED BY: the few billing and prompt events by name, not every event that has an account id (SQLite's guess without
// ANALYZE statistics). Each account's subscription is its latest billing fact: started, renewed or changed → subscribed at that MRR,
// cancelled → not subscribed. A plan change whose MRR went up is an upgrade. With a segment, only its accounts count.
// Churn counts every account subscribed at the start; LTV's churn only the paying ones (MRR above 0), as ARPU does.
const billingSql = (segment: TraitSegment | undefined) => `
WITH ${accountSegmentCte(SQLITE, segment)}
billing AS MATERIALIZED (
  SELECT e.account_id, e.seq, ${eventMsSql('e')} AS t, e.name, json_extract(e.props, '$.cause') AS cause,
    CASE e.name WHEN 'plan_changed' THEN json_extract(e.props, '$.mrr_after') WHEN 'subscription_cancelled' THEN 0
      ELSE json_extract(e.props, '$.mrr') END AS mrr,
    CASE e.name WHEN 'plan_changed' THEN json_extract(e.props, '$.mrr_after') - json_extract(e.props, '$.mrr_before') END AS gain
  FROM events e INDEXED BY events_project_name
  WHERE e.project_id = :project AND e.account_id IS NOT NULL
    AND e.name IN ('subscription_started', 'subscription_renewed', 'plan_changed', 'subscription_cancelled')
    AND ${inAccountSegmentSql('e', segment)}
),
at_start AS (
  SELECT account_id, mrr FROM (
    SELECT account_id, name, mrr, row_number() OVER (PARTITION BY account_id ORDER BY t DESC, seq DESC) AS r FROM billing WHERE t < :start
  ) WHERE r = 1 AND name <> 'subscription_cancelled'
),
at_end AS (
  SELECT account_id, mrr FROM (
    SELECT account_id, name, mrr, row_number() OVER (PARTITION BY account_id ORDER BY t DESC, seq DESC) AS r FROM billing WHERE t < :end
  ) WHERE r = 1 AND name <> 'subscription_cancelled' AND mrr > 0
),
cancels AS (
  SELECT account_id, cause FROM (
    SELECT account_id, cause, row_number() OVER (PARTITION BY account_id ORDER BY t, seq) AS r FROM billing
    WHERE name = 'subscription_cancelled' AND t >= :start AND t < :end
  ) WHERE r = 1
),
upgrades AS (SELECT account_id, t, gain FROM billing WHERE gain > 0),
shown AS (
  SELECT e.account_id, min(${eventMsSql('e')}) AS first_ms FROM events e INDEXED BY events_project_name
  JOIN campaigns c ON c.project_id = e.project_id AND c.id = e.campaign_id
  WHERE e.project_id = :project AND e.name = 'gk.shown' AND e.account_id IS NOT NULL
    AND json_extract(c.json, '$.widget.type') IN ('quota', 'upsell') AND ${inAccountSegmentSql('e', segment)}
  GROUP BY e.account_id
)
SELECT
  (SELECT count(*) FROM at_start) AS activeAtStart,
  (SELECT count(*) FROM at_start JOIN cancels USING (account_id) WHERE cause = 'voluntary') AS voluntary,
  (SELECT count(*) FROM at_start JOIN cancels USING (account_id) WHERE cause = 'involuntary') AS involuntary,
  (SELECT count(*) FROM at_start WHERE mrr > 0) AS payingAtStart,
  (SELECT count(*) FROM at_start JOIN cancels USING (account_id) WHERE mrr > 0) AS payingCancelled,
  (SELECT count(*) FROM at_end) AS paying,
  (SELECT coalesce(sum(mrr), 0) FROM at_end) AS mrr,
  (SELECT count(*) FROM upgrades WHERE t >= :start AND t < :end) AS upgradeCount,
  (SELECT count(DISTINCT account_id) FROM upgrades WHERE t >= :start AND t < :end) AS upgradeAccounts,
  (SELECT coalesce(sum(gain), 0) FROM upgrades WHERE t >= :start AND t < :end) AS upgradeMrr,
  (SELECT count(*) FROM shown WHERE first_ms >= :start AND first_ms < :end) AS shown,
  (SELECT count(*) FROM shown s WHERE s.first_ms >= :start AND s.first_ms < :end
    AND EXISTS (SELECT 1 FROM upgrades u WHERE u.account_id = s.account_id AND u.t >= s.first_ms AND u.t < :reportEnd)) AS converted`;

/**
 * Counts the intervals' retention in one statement, and each interval's subscriptions in one more, on the report thread
 * (`all`: report-reader.ts).
 */
export async function metricsTally(
  all: ReportRowsOf,
  projectId: string,
  { intervals, reportEnd, segment, signal }: MetricsQuery,
): Promise<IntervalTally[]> {
  const common = { project: projectId, reportEnd: reportEnd.getTime(), ...segmentParams(segment) };
  const retention = all<RetentionRow>(
    {
      text: retentionSql(segment),
      params: { ...common, intervals: JSON.stringify(intervals.map(({ start, end }) => [start.getTime(), end.getTime()])) },
    },
    signal,
  );
  const billing = intervals.map(
    async ({ start, end }) =>
      (await all<BillingRow>({ text: billingSql(segment), params: { ...common, start: start.getTime(), end: end.getTime() } }, signal))[0]!,
  );
  // awaited together: once one fails, the others are abandoned (the report's signal), and their rejections are handled
  const [retentionRows, ...billingRows] = await Promise.all([retention, ...billing]);
  return intervalTallies(retentionRows, billingRows);
}
