import type Database from 'better-sqlite3';

/** What results are computed from: one experiment's goal and window. */
export interface TallyQuery {
  experiment: string;
  goal: string;
  windowDays: number;
}

/** Exposed and converted people per variant, and how many were left out for having seen several variants. */
export interface ExperimentTally {
  variants: { variant: string; exposed: number; converted: number }[];
  excludedMultipleExposure: number;
}

// A person is the user id when the event has one, else the user id that anonymous id first signed in as (an identify
// event carries both), else the anonymous id. Times are compared as whole milliseconds since the epoch, so offsets in
// `ts` ("+08:00") and the exact window boundary are both honoured.
const person = (e: string) => `coalesce(
    'u:' || ${e}.user_id,
    'u:' || (SELECT i.user_id FROM events i WHERE i.project_id = :project AND i.name = 'identify' AND i.user_id IS NOT NULL
             AND i.anonymous_id = ${e}.anonymous_id ORDER BY i.ts LIMIT 1),
    'a:' || ${e}.anonymous_id)`;
const ms = (e: string) => `CAST(round(unixepoch(${e}.ts, 'subsec') * 1000) AS INTEGER)`;

// Persons are materialized once and read twice: counted per variant, and joined with the (far fewer) goal events.
const TALLY_SQL = `
WITH persons AS MATERIALIZED (
  SELECT person, min(variant) AS variant, max(variant) = min(variant) AS single, min(t) AS first
  FROM (
    SELECT ${person('e')} AS person, e.variant AS variant, ${ms('e')} AS t FROM events e
    WHERE e.project_id = :project AND e.experiment = :experiment AND e.name = 'gk.exposure' AND e.variant IS NOT NULL
  )
  GROUP BY person
),
goals AS MATERIALIZED (
  SELECT ${person('g')} AS person, ${ms('g')} AS t FROM events g WHERE g.project_id = :project AND g.name = :goal
)
SELECT 'exposed' AS kind, single, CASE WHEN single THEN variant END AS variant, count(*) AS people FROM persons GROUP BY 2, 3
UNION ALL
SELECT 'converted', 1, p.variant, count(DISTINCT p.person) FROM persons p JOIN goals g ON g.person = p.person
WHERE p.single AND g.t >= p.first AND g.t <= p.first + :windowMs
GROUP BY p.variant`;

interface TallyRow {
  kind: 'exposed' | 'converted';
  single: number;
  variant: string | null;
  people: number;
}

/**
 * Counts an experiment in one statement: each person's first exposure, a conversion when the goal event falls within
 * the window after it (both ends included), people exposed to more than one variant excluded and counted.
 */
export function prepareExperimentTally(db: Database.Database): (projectId: string, query: TallyQuery) => ExperimentTally {
  const statement = db.prepare<{ project: string; experiment: string; goal: string; windowMs: number }, TallyRow>(TALLY_SQL);
  return (projectId, query) => {
    const rows = statement.all({ project: projectId, experiment: query.experiment, goal: query.goal, windowMs: Math.round(query.windowDays * 86_400_000) });
    const variants = new Map<string, { variant: string; exposed: number; converted: number }>();
    let excludedMultipleExposure = 0;
    for (const row of rows) {
      if (!row.single) {
        excludedMultipleExposure += row.people;
        continue;
      }
      const counts = variants.get(row.variant!) ?? { variant: row.variant!, exposed: 0, converted: 0 };
      counts[row.kind] = row.people;
      variants.set(row.variant!, counts);
    }
    return { variants: [...variants.values()], excludedMultipleExposure };
  };
}
