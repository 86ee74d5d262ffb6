import type { Pool } from 'pg';
import { productEventSql } from '../product-event-sql.ts';
import type { AccountUsage } from '../store.ts';

// As ../sqlite/account-usage.ts: days are UTC days, times ISO in UTC with milliseconds.
const iso = (value: string) => `to_char(${value} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const DAYS_SQL = `
SELECT e.name, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, count(*)::int AS count, ${iso('min(e.at)')} AS first,
  ${iso('max(e.at)')} AS last FROM events e
WHERE e.project_id = $1 AND e.account_id = $2 AND e.type = 'track' AND e.at >= $3
GROUP BY e.name, day ORDER BY e.name, day`;

const SEATS_SQL = `
SELECT count(DISTINCT e.user_id)::int AS seats FROM events e
WHERE e.project_id = $1 AND e.account_id = $2 AND e.user_id IS NOT NULL AND ${productEventSql('e')} AND e.at >= $3`;

/** Reads an account's usage since an instant (the first UTC day of the scorecard's 30). */
export async function accountUsage(pool: Pool, projectId: string, accountId: string, since: Date): Promise<AccountUsage> {
  const params = [projectId, accountId, since];
  const [days, seats] = await Promise.all([
    pool.query<AccountUsage['days'][number]>(DAYS_SQL, params),
    pool.query<{ seats: number }>(SEATS_SQL, params),
  ]);
  return { days: days.rows, activeSeats: seats.rows[0]?.seats ?? 0 };
}
