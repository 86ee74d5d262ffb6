import type { Pool } from 'pg';
import { tallyFromRows, type TallyRow } from '../experiment-tally-rows.ts';
import type { ExperimentTally, TallyQuery } from '../store.ts';

// The statement of ../sqlite/experiment-tally.ts (read the reasoning there) in PostgreSQL: $1 project, $2 experiment,
// $3 goal event, $4 window in milliseconds, $5 the instant (ms) counted up to. Ties in "first sign-in" are broken by user id, the order of SQLite's index.
const signedInAs = (anonymousId: string) => `(SELECT i.user_id FROM events i WHERE i.project_id = $1 AND i.name = 'identify'
    AND i.user_id IS NOT NULL AND i.anonymous_id = ${anonymousId} ORDER BY i.ts, i.user_id LIMIT 1)`;

const TALLY_SQL = `
WITH anonymous AS MATERIALIZED (
  SELECT coalesce('u:' || ${signedInAs('substr(x.subject, 3)')}, x.subject) AS person, x.variant_min, x.variant_max, x.first_ms
  FROM experiment_exposures x
  WHERE x.project_id = $1 AND x.experiment = $2 AND x.subject >= 'a:' AND x.subject < 'a;' AND x.first_ms < $5
),
merged_rows AS (
  SELECT person, variant_min, variant_max, first_ms FROM anonymous
  UNION ALL
  SELECT x.subject, x.variant_min, x.variant_max, x.first_ms FROM experiment_exposures x
  WHERE x.project_id = $1 AND x.experiment = $2 AND x.first_ms < $5
    AND x.subject IN (SELECT person FROM anonymous WHERE person >= 'u:')
),
merged AS MATERIALIZED (
  SELECT person, min(variant_min) AS variant_min, max(variant_max) AS variant_max, min(first_ms) AS first_ms FROM merged_rows GROUP BY person
),
goals AS MATERIALIZED (
  SELECT coalesce('u:' || g.user_id, 'u:' || ${signedInAs('g.anonymous_id')}, 'a:' || g.anonymous_id) AS person,
    round(extract(epoch FROM g.at) * 1000)::bigint AS t
  FROM events g WHERE g.project_id = $1 AND g.name = $3
),
goal_people AS (
  SELECT g.person, g.t, coalesce(m.variant_min, x.variant_min) AS variant_min, coalesce(m.variant_max, x.variant_max) AS variant_max,
    coalesce(m.first_ms, x.first_ms) AS first_ms
  FROM goals g LEFT JOIN merged m ON m.person = g.person
  LEFT JOIN experiment_exposures x ON m.person IS NULL AND x.project_id = $1 AND x.experiment = $2 AND x.subject = g.person
)
SELECT 'exposed' AS kind, variant_min, variant_max, day, sum(people)::int AS people FROM (
  SELECT variant_min, variant_max, (first_ms / 86400000)::int AS day, count(*) AS people FROM experiment_exposures
  WHERE project_id = $1 AND experiment = $2 AND first_ms < $5 GROUP BY variant_min, variant_max, 3
  UNION ALL
  SELECT variant_min, variant_max, (first_ms / 86400000)::int, -count(*) FROM merged_rows GROUP BY variant_min, variant_max, 3
  UNION ALL
  SELECT variant_min, variant_max, (first_ms / 86400000)::int, count(*) FROM merged GROUP BY variant_min, variant_max, 3
) counted
GROUP BY variant_min, variant_max, day
UNION ALL
SELECT 'converted', variant_min, variant_max, day, count(*)::int FROM (
  SELECT person, variant_min, variant_max, (min(t) / 86400000)::int AS day FROM goal_people
  WHERE variant_min = variant_max AND t >= first_ms AND t <= first_ms + $4 AND t < $5
  GROUP BY person, variant_min, variant_max
) converted
GROUP BY variant_min, variant_max, day
UNION ALL
-- float8, not bigint: pg hands a bigint over as a string, and the union's column would be bigint for every row
SELECT 'first', '', '', 0, min(first_ms)::float8 FROM experiment_exposures WHERE project_id = $1 AND experiment = $2`;

/** Counts an experiment in one statement, with the same answer as the SQLite store's tally. */
export async function experimentTally(pool: Pool, projectId: string, query: TallyQuery): Promise<ExperimentTally> {
  const { rows } = await pool.query<TallyRow>(TALLY_SQL, [
    projectId,
    query.experiment,
    query.goal,
    Math.round(query.windowDays * 86_400_000),
    query.until ?? Number.MAX_SAFE_INTEGER,
  ]);
  return tallyFromRows(rows);
}
