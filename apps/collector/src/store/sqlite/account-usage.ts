import type Database from 'better-sqlite3';
import type { AccountUsage } from '../store.ts';
import { productEventSql } from '../product-event-sql.ts';
import { eventMsSql } from './event-ms-sql.ts';

const DAYS_SQL = `
SELECT e.name, date(e.ts) AS day, count(*) AS count, strftime('%Y-%m-%dT%H:%M:%fZ', min(${eventMsSql('e')}) / 1000, 'unixepoch') AS first,
  strftime('%Y-%m-%dT%H:%M:%fZ', max(${eventMsSql('e')}) / 1000, 'unixepoch') AS last FROM events e INDEXED BY events_project_account
WHERE e.project_id = :project AND e.account_id = :account AND e.type = 'track' AND ${eventMsSql('e')} >= :since
GROUP BY e.name, day ORDER BY e.name, day`;

const SEATS_SQL = `
SELECT count(DISTINCT e.user_id) FROM events e INDEXED BY events_project_account
WHERE e.project_id = :project AND e.account_id = :account AND e.user_id IS NOT NULL AND ${productEventSql('e')}
  AND ${eventMsSql('e')} >= :since`;

// INDEXED BY: without ANALYZE statistics SQLite would rather walk the name index for the GROUP BY, the whole project.
type Query = { project: string; account: string; since: number };

/** Reads an account's usage since an instant (the first UTC day of the scorecard's 30). */
export function prepareAccountUsage(db: Database.Database): (projectId: string, accountId: string, since: Date) => AccountUsage {
  const days = db.prepare<Query, AccountUsage['days'][number]>(DAYS_SQL);
  const seats = db.prepare<Query, number>(SEATS_SQL).pluck();
  return (projectId, accountId, since) => {
    const query = { project: projectId, account: accountId, since: since.getTime() };
    return { days: days.all(query), activeSeats: seats.get(query) ?? 0 };
  };
}
