import { inSegmentSql, personSql, type ReportDialect, type ReportStatement, segmentCte, segmentParams } from './report-dialect.ts';
import type { FunnelTallyQuery, FunnelTally } from './store.ts';

/** A funnel row: the time each step was reached (milliseconds), `t0` … `tN`, null from the first step not reached. */
export type FunnelRow = Record<string, number | null>;

/**
 * The funnel statement for `query`'s steps and its parameters. s0 is each person's first step-1 event in the range;
 * each next step is that person's first event of it at or after the step before and at most `:within` after s0.
 */
export function funnelStatement(sql: ReportDialect, projectId: string, query: FunnelTallyQuery): ReportStatement {
  const { steps, range, withinMs, segment } = query;
  const match = (k: number) => `ev.name = :name${k}${steps[k]!.campaign === undefined ? '' : ` AND ev.campaign_id = :campaign${k}`}`;
  const later = steps.slice(1).map(
    (_, index) => `s${index + 1} AS (
  SELECT p.person, min(ev.t) AS t, p.start FROM s${index} p ${sql.outerJoin} ev ON ev.person = p.person
  WHERE ${match(index + 1)} AND ev.t >= p.t AND ev.t <= p.start + :within GROUP BY p.person, p.start
)`,
  );
  const text = `WITH steps_events AS MATERIALIZED (
  SELECT ${personSql('e')} AS person, e.user_id, e.name, e.campaign_id, ${sql.ms('e')} AS t FROM events e
  WHERE e.project_id = :project AND e.name IN (${steps.map((_, k) => `:name${k}`).join(', ')})
),
${segmentCte(sql, segment, 'SELECT DISTINCT user_id FROM steps_events WHERE user_id IS NOT NULL')}
ev AS (SELECT * FROM steps_events x WHERE ${inSegmentSql('x', segment)}),
s0 AS (
  SELECT ev.person, min(ev.t) AS t, min(ev.t) AS start FROM ev WHERE ${match(0)} AND ev.t >= :from AND ev.t < :to GROUP BY ev.person
)${later.map((cte) => `,\n${cte}`).join('')}
SELECT ${steps.map((_, k) => `s${k}.t AS t${k}`).join(', ')} FROM s0
${steps
  .slice(1)
  .map((_, index) => `LEFT JOIN s${index + 1} ON s${index + 1}.person = s0.person`)
  .join('\n')}`;
  const params: Record<string, string | number> = {
    project: projectId,
    from: range.from.getTime(),
    to: range.to.getTime(),
    within: withinMs,
    ...segmentParams(segment),
  };
  steps.forEach((step, k) => {
    params[`name${k}`] = step.name;
    if (step.campaign !== undefined) params[`campaign${k}`] = step.campaign;
  });
  return { text, params };
}

/** The people at each step and the times between steps, from the funnel rows (one per person who reached step 1). */
export function funnelTallyFromRows(rows: readonly FunnelRow[], stepCount: number): FunnelTally {
  const steps = Array.from({ length: stepCount }, (_, k) => {
    const reached = rows.filter((row) => row[`t${k}`] !== null && row[`t${k}`] !== undefined);
    const gapsMs = k === 0 ? [] : reached.map((row) => Number(row[`t${k}`]) - Number(row[`t${k - 1}`])).sort((a, b) => a - b);
    return { people: reached.length, gapsMs };
  });
  return { steps };
}
