import type Database from 'better-sqlite3';
import type { ChurnTally, ReportRange } from '../store.ts';
import { eventMsSql } from './event-ms-sql.ts';

const text = (prop: string) => `CASE WHEN json_type(e.props, '$.${prop}') = 'text' THEN json_extract(e.props, '$.${prop}') END`;

const CHURN_SQL = `
SELECT ${text('outcome')} AS outcome, ${text('reason')} AS reason, ${text('offer')} AS offer, count(*) AS count FROM events e
WHERE e.project_id = :project AND e.name = 'gk.cancel_outcome' AND ${eventMsSql('e')} >= :from AND ${eventMsSql('e')} < :to
GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;

export function prepareChurnTally(db: Database.Database): (projectId: string, range: ReportRange) => ChurnTally {
  const statement = db.prepare<{ project: string; from: number; to: number }, ChurnTally['outcomes'][number]>(CHURN_SQL);
  return (projectId, { from, to }) => ({ outcomes: statement.all({ project: projectId, from: from.getTime(), to: to.getTime() }) });
}
