import { inSegmentSql, personSql, type ReportDialect, type ReportStatement, segmentCte, segmentParams } from './report-dialect.ts';
import type { FunnelTallyQuery, FunnelTally } from './store.ts';

/** A funnel row: the time each step was reached (milliseconds), `t0` … `tN`, null from the first step not reached. */
export type FunnelRow = Record<string, number | null>;

/**
 * The funnel statement for `query`'s steps and its parameters. t0 is each person's first step-1 event in the range;
 * each next step is that person's first event of it at or after the step before and at most `:within` after t0.
 *
 * Step k is found without a join: the people who got as far as step k - 1 (one row each, their times so far) and the
 * events of step k go in one list, and a window over each person hands that person's times to their events. A join of
 * the two is what PostgreSQL planned as a nested loop (a CTE has no statistics), one scan of the events per person.
 * Every person who reached step 1 stays in each step's rows, their later times null, so the last step's rows are the
 * answer.
 */
export function funnelStatement(sql: ReportDialect, projectId: string, query: FunnelTallyQuery): ReportStatement {
  const { steps, range, withinMs, segment } = query;
  const match = (k: number) => `ev.name = :name${k}${steps[k]!.campaign === undefined ? '' : ` AND ev.campaign_id = :campaign${k}`}`;
  const times = (count: number) => Array.from({ length: count }, (_, k) => `t${k}`);
  const later = steps.slice(1).map((_, index) => {
    const k = index + 1;
    const before = times(k);
    return `f${k} AS (
  SELECT person, ${before.map((t) => `max(${t}) AS ${t}`).join(', ')},
    min(CASE WHEN t >= previous AND t <= start + :within THEN t END) AS t${k}
  FROM (
    SELECT person, ${before.join(', ')}, t, max(t0) OVER (PARTITION BY person) AS start, max(t${k - 1}) OVER (PARTITION BY person) AS previous
    FROM (
      SELECT person, ${before.join(', ')}, NULL AS t FROM f${k - 1}
      UNION ALL
      SELECT ev.person, ${before.map(() => 'NULL').join(', ')}, ev.t FROM ev WHERE ${match(k)}
    ) reached
  ) handed WHERE start IS NOT NULL GROUP BY person
)`;
  });
  const text = `WITH steps_events AS MATERIALIZED (
  SELECT ${personSql('e')} AS person, e.user_id, e.name, e.campaign_id, ${sql.ms('e')} AS t FROM events e
  WHERE e.project_id = :project AND e.name IN (${steps.map((_, k) => `:name${k}`).join(', ')})
),
${segmentCte(sql, segment, 'SELECT DISTINCT user_id FROM steps_events WHERE user_id IS NOT NULL')}
ev AS (SELECT * FROM steps_events x WHERE ${inSegmentSql('x', segment)}),
f0 AS (
  SELECT ev.person, min(ev.t) AS t0 FROM ev WHERE ${match(0)} AND ev.t >= :from AND ev.t < :to GROUP BY ev.person
)${later.map((cte) => `,\n${cte}`).join('')}
SELECT ${times(steps.length).join(', ')} FROM f${steps.length - 1}`;
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
