import type Database from 'better-sqlite3';
import { tallyFromRows, type TallyRow } from '../experiment-tally-rows.ts';
import type { ExperimentTally, TallyQuery } from '../store.ts';

// A person is the user id when there is one, else the user id that anonymous id first signed in as (an identify event
// carries both), else the anonymous id. Times are whole milliseconds since the epoch, so offsets in `ts` ("+08:00") and
// the exact window boundary are both honoured.
//
// experiment_exposures holds one row per subject (user id or anonymous id, see prepareRecordExposure). Most subjects
// are people already; only anonymous subjects that signed in are merged with their user's row. So people are counted
// per variant from the whole table in index order, corrected by the few merged rows (their subject rows taken out,
// their people put in), and the (far fewer) goal events look their person up by key.
const signedInAs = (anonymousId: string) => `(SELECT i.user_id FROM events i WHERE i.project_id = :project AND i.name = 'identify'
    AND i.user_id IS NOT NULL AND i.anonymous_id = ${anonymousId} ORDER BY i.ts LIMIT 1)`;

const TALLY_SQL = `
WITH anonymous AS MATERIALIZED (
  SELECT coalesce('u:' || ${signedInAs('substr(x.subject, 3)')}, x.subject) AS person, x.variant_min, x.variant_max, x.first_ms
  FROM experiment_exposures x
  WHERE x.project_id = :project AND x.experiment = :experiment AND x.subject >= 'a:' AND x.subject < 'a;' AND x.first_ms < :until
),
merged_rows AS (
  SELECT person, variant_min, variant_max, first_ms FROM anonymous
  UNION ALL
  SELECT x.subject, x.variant_min, x.variant_max, x.first_ms FROM experiment_exposures x
  WHERE x.project_id = :project AND x.experiment = :experiment AND x.first_ms < :until
    AND x.subject IN (SELECT person FROM anonymous WHERE person >= 'u:')
),
merged AS MATERIALIZED (
  SELECT person, min(variant_min) AS variant_min, max(variant_max) AS variant_max, min(first_ms) AS first_ms FROM merged_rows GROUP BY person
),
goals AS MATERIALIZED (
  SELECT coalesce('u:' || g.user_id, 'u:' || ${signedInAs('g.anonymous_id')}, 'a:' || g.anonymous_id) AS person,
    CAST(round(unixepoch(g.ts, 'subsec') * 1000) AS INTEGER) AS t
  FROM events g WHERE g.project_id = :project AND g.name = :goal
),
goal_people AS (
  SELECT g.person, g.t, coalesce(m.variant_min, x.variant_min) AS variant_min, coalesce(m.variant_max, x.variant_max) AS variant_max,
    coalesce(m.first_ms, x.first_ms) AS first_ms
  FROM goals g LEFT JOIN merged m ON m.person = g.person
  LEFT JOIN experiment_exposures x ON m.person IS NULL AND x.project_id = :project AND x.experiment = :experiment AND x.subject = g.person
)
SELECT 'exposed' AS kind, variant_min, variant_max, day, sum(people) AS people FROM (
  SELECT variant_min, variant_max, first_ms / 86400000 AS day, count(*) AS people FROM experiment_exposures
  WHERE project_id = :project AND experiment = :experiment AND first_ms < :until GROUP BY variant_min, variant_max, day
  UNION ALL
  SELECT variant_min, variant_max, first_ms / 86400000, -count(*) FROM merged_rows GROUP BY variant_min, variant_max, 3
  UNION ALL
  SELECT variant_min, variant_max, first_ms / 86400000, count(*) FROM merged GROUP BY variant_min, variant_max, 3
)
GROUP BY variant_min, variant_max, day
UNION ALL
SELECT 'converted', variant_min, variant_max, day, count(*) FROM (
  SELECT person, variant_min, variant_max, min(t) / 86400000 AS day FROM goal_people
  WHERE variant_min = variant_max AND t >= first_ms AND t <= first_ms + :windowMs AND t < :until
  GROUP BY person, variant_min, variant_max
)
GROUP BY variant_min, variant_max, day
UNION ALL
SELECT 'first', '', '', 0, min(first_ms) FROM experiment_exposures WHERE project_id = :project AND experiment = :experiment`;

/**
 * Counts an experiment in one statement: each person's first exposure, a conversion when the goal event falls within
 * the window after it (both ends included), people exposed to more than one variant excluded and counted; per UTC day
 * too (of the first exposure, of the conversion). With `until`, the counts as they stood then; who saw several variants
 * is judged on all exposures.
 */
export function prepareExperimentTally(db: Database.Database): (projectId: string, query: TallyQuery) => ExperimentTally {
  const statement = db.prepare<{ project: string; experiment: string; goal: string; windowMs: number; until: number }, TallyRow>(TALLY_SQL);
  return (projectId, query) => {
    const rows = statement.all({
      project: projectId,
      experiment: query.experiment,
      goal: query.goal,
      windowMs: Math.round(query.windowDays * 86_400_000),
      until: query.until ?? Number.MAX_SAFE_INTEGER,
    });
    return tallyFromRows(rows);
  };
}
