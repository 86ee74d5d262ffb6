import { inSegmentSql, personSql, type ReportDialect, type ReportStatement, segmentCte, segmentParams } from './report-dialect.ts';
import type { ChecklistQuery, ChecklistTally } from './store.ts';

/** A checklist row: people per kind of event, and per step id for `step`. */
export interface ChecklistRow {
  kind: string;
  step: string | null;
  people: number;
}

/** The checklist statement and its parameters: distinct people shown it, completing each step (`props.step`), completing it. */
export function checklistStatement(sql: ReportDialect, projectId: string, query: ChecklistQuery): ReportStatement {
  const { campaign, range, segment } = query;
  const text = `WITH campaign_events AS MATERIALIZED (
  SELECT ${personSql('e')} AS person, e.user_id, e.name, ${sql.propText('e', "'step'")} AS step FROM events e
  WHERE e.project_id = :project AND e.campaign_id = :campaign AND e.name IN ('gk.shown', 'gk.step_completed', 'gk.completed')
    AND ${sql.ms('e')} >= :from AND ${sql.ms('e')} < :to
),
${segmentCte(sql, segment, 'SELECT DISTINCT user_id FROM campaign_events WHERE user_id IS NOT NULL')}
ev AS (SELECT * FROM campaign_events x WHERE ${inSegmentSql('x', segment)})
SELECT 'shown' AS kind, NULL AS step, ${sql.int('count(DISTINCT person)')} AS people FROM ev WHERE name = 'gk.shown'
UNION ALL
SELECT 'completed', NULL, ${sql.int('count(DISTINCT person)')} FROM ev WHERE name = 'gk.completed'
UNION ALL
SELECT 'step', step, ${sql.int('count(DISTINCT person)')} FROM ev WHERE name = 'gk.step_completed' AND step IS NOT NULL GROUP BY step`;
  return {
    text,
    params: { project: projectId, campaign, from: range.from.getTime(), to: range.to.getTime(), ...segmentParams(segment) },
  };
}

/** The checklist's counts from its rows; steps by id. */
export function checklistTallyFromRows(rows: readonly ChecklistRow[]): ChecklistTally {
  const total = (kind: string) => rows.find((row) => row.kind === kind)?.people ?? 0;
  const steps = rows
    .filter((row) => row.kind === 'step' && row.step !== null)
    .map((row) => ({ step: row.step!, people: row.people }))
    .sort((a, b) => (a.step < b.step ? -1 : 1));
  return { shown: total('shown'), steps, completed: total('completed') };
}
