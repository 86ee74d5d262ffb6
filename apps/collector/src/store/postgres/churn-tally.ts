import type { Pool } from 'pg';
import type { ChurnTally, ReportRange } from '../store.ts';

// As ../sqlite/churn-tally.ts; SQLite sorts NULL first and compares bytes, so this does too.
const text = (prop: string) => `CASE WHEN jsonb_typeof(e.props::jsonb -> '${prop}') = 'string' THEN e.props::jsonb ->> '${prop}' END`;

const CHURN_SQL = `
SELECT ${text('outcome')} COLLATE "C" AS outcome, ${text('reason')} COLLATE "C" AS reason, ${text('offer')} COLLATE "C" AS offer,
  count(*)::int AS count FROM events e
WHERE e.project_id = $1 AND e.name = 'gk.cancel_outcome' AND e.at >= $2 AND e.at < $3
GROUP BY 1, 2, 3 ORDER BY 1 NULLS FIRST, 2 NULLS FIRST, 3 NULLS FIRST`;

export async function churnTally(pool: Pool, projectId: string, { from, to }: ReportRange): Promise<ChurnTally> {
  const { rows } = await pool.query<ChurnTally['outcomes'][number]>(CHURN_SQL, [projectId, from, to]);
  return { outcomes: rows };
}
