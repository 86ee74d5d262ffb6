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

// A person is the user id when the event has one, else the user id that anonymous id later signed in as (an identify
// event carries both; the first sign-in wins), else the anonymous id. Times are compared as whole milliseconds since
// the epoch, so offsets in `ts` ("+08:00") and the exact window boundary are both honoured.
const PERSON = `CASE WHEN e.user_id IS NOT NULL THEN 'u:' || e.user_id WHEN a.user_id IS NOT NULL THEN 'u:' || a.user_id ELSE 'a:' || e.anonymous_id END`;
const MS = (column: string) => `CAST(round(unixepoch(${column}, 'subsec') * 1000) AS INTEGER)`;

const TALLY_SQL = `
WITH alias AS (
  SELECT anonymous_id, user_id, min(ts) FROM events
  WHERE project_id = :project AND name = 'identify' AND user_id IS NOT NULL
  GROUP BY anonymous_id
),
exposures AS (
  SELECT ${PERSON} AS person, e.variant AS variant, ${MS('e.ts')} AS t
  FROM events e LEFT JOIN alias a ON a.anonymous_id = e.anonymous_id
  WHERE e.project_id = :project AND e.experiment = :experiment AND e.name = 'gk.exposure' AND e.variant IS NOT NULL
),
persons AS (
  SELECT person, min(variant) AS variant, max(variant) = min(variant) AS single, min(t) AS first
  FROM exposures GROUP BY person
),
goals AS (
  SELECT ${PERSON} AS person, ${MS('e.ts')} AS t
  FROM events e LEFT JOIN alias a ON a.anonymous_id = e.anonymous_id
  WHERE e.project_id = :project AND e.name = :goal
),
converted AS (
  SELECT DISTINCT p.person FROM persons p JOIN goals g ON g.person = p.person
  WHERE p.single AND g.t >= p.first AND g.t <= p.first + :windowMs
)
SELECT p.single AS single, CASE WHEN p.single THEN p.variant END AS variant, count(*) AS exposed, count(c.person) AS converted
FROM persons p LEFT JOIN converted c ON c.person = p.person
GROUP BY 1, 2`;

interface TallyRow {
  single: number;
  variant: string | null;
  exposed: number;
  converted: number;
}

/**
 * Counts an experiment in one statement: each person's first exposure, a conversion when the goal event falls within
 * the window after it (both ends included), people exposed to more than one variant excluded and counted.
 */
export function prepareExperimentTally(db: Database.Database): (projectId: string, query: TallyQuery) => ExperimentTally {
  const statement = db.prepare<{ project: string; experiment: string; goal: string; windowMs: number }, TallyRow>(TALLY_SQL);
  return (projectId, query) => {
    const rows = statement.all({ project: projectId, experiment: query.experiment, goal: query.goal, windowMs: Math.round(query.windowDays * 86_400_000) });
    return {
      variants: rows.filter((row) => row.single).map(({ variant, exposed, converted }) => ({ variant: variant!, exposed, converted })),
      excludedMultipleExposure: rows.filter((row) => !row.single).reduce((sum, row) => sum + row.exposed, 0),
    };
  };
}
