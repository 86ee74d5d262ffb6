import { productEventSql } from './product-event-sql.ts';
import { inSegmentSql, type ReportDialect, type ReportStatement, segmentCte, segmentParams } from './report-dialect.ts';
import type { OnboardingQuery, OnboardingTally, Returning } from './store.ts';

const DAY_MS = 86_400_000;

/** A retention row: of the finished (1) or unfinished (0) new users, who came back on day `n` (0: the group's size). */
export type OnboardingRow = { done: number; n: number } & Returning;

/**
 * The onboarding retention statement and its parameters: the metrics report's retention (../sqlite/metrics-tally.ts)
 * for the users whose first event falls in the range, split by a `gk.completed` of the checklist before the report's end.
 */
export function onboardingStatement(sql: ReportDialect, projectId: string, query: OnboardingQuery): ReportStatement {
  const { campaign, range, reportEnd, segment } = query;
  const text = `WITH firsts AS MATERIALIZED (
  SELECT e.user_id, min(${sql.ms('e')}) AS first_ms FROM events e
  WHERE e.project_id = :project AND e.user_id IS NOT NULL GROUP BY e.user_id
),
finishers AS MATERIALIZED (
  SELECT DISTINCT g.user_id FROM events g WHERE g.project_id = :project AND g.name = 'gk.completed' AND g.campaign_id = :campaign
    AND g.user_id IS NOT NULL AND ${sql.ms('g')} < :reportEnd
),
${segmentCte(sql, segment, 'SELECT user_id FROM firsts WHERE first_ms >= :from AND first_ms < :to')}
cohort AS MATERIALIZED (
  SELECT f.user_id, ${sql.day('f.first_ms')} AS day0, CASE WHEN f.user_id IN (SELECT user_id FROM finishers) THEN 1 ELSE 0 END AS done
  FROM firsts f WHERE f.first_ms >= :from AND f.first_ms < :to AND ${inSegmentSql('f', segment)}
),
active AS MATERIALIZED (
  SELECT DISTINCT e.user_id, ${sql.day(sql.ms('e'))} AS day
  FROM cohort c ${sql.outerJoin} events e ON e.project_id = :project AND e.user_id = c.user_id
  WHERE ${productEventSql('e')}
)
SELECT done, 0 AS n, ${sql.int('count(*)')} AS measured, ${sql.int('count(*)')} AS active FROM cohort GROUP BY done
UNION ALL
SELECT c.done, d.n, ${sql.int('count(*)')}, ${sql.int('count(a.user_id)')}
FROM cohort c JOIN (SELECT 1 AS n UNION ALL SELECT 7 UNION ALL SELECT 30) d ON (c.day0 + d.n + 1) * ${DAY_MS} <= :reportEnd
LEFT JOIN active a ON a.user_id = c.user_id AND a.day = c.day0 + d.n
GROUP BY c.done, d.n`;
  return {
    text,
    params: {
      project: projectId,
      campaign,
      from: range.from.getTime(),
      to: range.to.getTime(),
      reportEnd: reportEnd.getTime(),
      ...segmentParams(segment),
    },
  };
}

/** Both groups' retention counts from the statement's rows. */
export function onboardingTallyFromRows(rows: readonly OnboardingRow[]): OnboardingTally {
  const group = (done: number) => {
    const day = (n: number): Returning => {
      const row = rows.find((r) => Number(r.done) === done && Number(r.n) === n);
      return row ? { measured: row.measured, active: row.active } : { measured: 0, active: 0 };
    };
    return { cohort: day(0).measured, d1: day(1), d7: day(7), d30: day(30) };
  };
  return { finished: group(1), notFinished: group(0) };
}
