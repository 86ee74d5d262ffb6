import { inSegmentSql, type ReportDialect, type ReportStatement, segmentCte, segmentParams } from './report-dialect.ts';
import type { ChurnQuery, ChurnTally } from './store.ts';

export type ChurnRow = ChurnTally['outcomes'][number];

/**
 * The churn statement and its parameters: cancel-flow outcomes (`gk.cancel_outcome`) of the range, of the segment's
 * users when one is given, counted per outcome, reason and offer (a prop that is neither text nor a number is null).
 */
export function churnStatement(sql: ReportDialect, projectId: string, query: ChurnQuery): ReportStatement {
  const { range, segment } = query;
  const text = `WITH outcome_events AS MATERIALIZED (
  SELECT e.user_id, ${sql.propText('e', "'outcome'")} AS outcome, ${sql.propText('e', "'reason'")} AS reason,
    ${sql.propText('e', "'offer'")} AS offer FROM events e
  WHERE e.project_id = :project AND e.name = 'gk.cancel_outcome' AND ${sql.ms('e')} >= :from AND ${sql.ms('e')} < :to
),
${segmentCte(sql, segment, 'SELECT DISTINCT user_id FROM outcome_events WHERE user_id IS NOT NULL')}
ev AS (SELECT * FROM outcome_events x WHERE ${inSegmentSql('x', segment)})
SELECT outcome, reason, offer, ${sql.int('count(*)')} AS count FROM ev GROUP BY outcome, reason, offer`;
  return { text, params: { project: projectId, from: range.from.getTime(), to: range.to.getTime(), ...segmentParams(segment) } };
}

/** null first, then by UTF-16 code units: one order for both engines, whatever their NULL and collation rules */
const byText = (a: string | null, b: string | null) => {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
};

/** The tally from the statement's rows, ordered by outcome, reason and offer. */
export const churnTallyFromRows = (rows: readonly ChurnRow[]): ChurnTally => ({
  outcomes: [...rows].sort((a, b) => byText(a.outcome, b.outcome) || byText(a.reason, b.reason) || byText(a.offer, b.offer)),
});
