import { productEventSql } from './product-event-sql.ts';
import type { ReportDialect, ReportStatement } from './report-dialect.ts';
import type { AccountUsage, ComputedTraitSources, OwnedEvent } from './store.ts';

/** A row of the users' statement: an event as its owner's history holds it (props as stored JSON text). */
export type OwnedEventRow = { owner: string; type: string; name: string; account_id: string | null; props: string; ms: number };

/** A row of the accounts' statement: track events of one account per name and UTC day, or (name null) its active seats. */
export type AccountUsageRow = {
  account: string;
  name: string | null;
  day: number | null;
  count: number;
  first: number | null;
  last: number | null;
};

/**
 * Every user's events that their computed traits read, in one statement: a user's events are those with their user id
 * and the anonymous ones of the same devices (as Store.userEvents); of them every identify, group and `usage` report,
 * the track and widget events from `:since` on, and, per track event name, only the time of the latest one before it
 * (which is all the counters older than the 30 days say to computeRisk: when that name was last used).
 */
export function ownedEventsStatement(sql: ReportDialect, projectId: string, since: Date): ReportStatement {
  const owned = (columns: string) => `
  SELECT e.user_id AS owner, ${columns} FROM events e WHERE e.project_id = :project AND e.user_id IS NOT NULL
  UNION ALL
  SELECT o.user_id AS owner, ${columns} FROM owners o ${sql.outerJoin} events e
    ON e.project_id = :project AND e.anonymous_id = o.anonymous_id AND e.user_id IS NULL`;
  const text = `WITH owners AS MATERIALIZED (
  SELECT DISTINCT s.anonymous_id, s.user_id FROM events s WHERE s.project_id = :project AND s.user_id IS NOT NULL
)
SELECT owner, type, name, account_id, props, ms FROM (${owned(`e.type, e.name, e.account_id, e.props, ${sql.ms('e')} AS ms`)}
) recent WHERE type IN ('identify', 'group') OR (type = 'track' AND name = 'usage') OR (type IN ('track', 'widget') AND ms >= :since)
UNION ALL
SELECT owner, 'track', name, NULL, '{}', max(ms) FROM (${owned(`e.type, e.name, ${sql.ms('e')} AS ms`)}
) older WHERE type = 'track' AND ms < :since GROUP BY owner, name`;
  return { text, params: { project: projectId, since: since.getTime() } };
}

/** Every account's usage from `:since` on, as Store.accountUsage reads one account's, in one statement. */
export function accountUsageStatement(sql: ReportDialect, projectId: string, since: Date): ReportStatement {
  const text = `SELECT e.account_id AS account, e.name, ${sql.day(sql.ms('e'))} AS day, ${sql.int('count(*)')} AS count,
  min(${sql.ms('e')}) AS first, max(${sql.ms('e')}) AS last FROM events e
WHERE e.project_id = :project AND e.account_id IS NOT NULL AND e.type = 'track' AND ${sql.ms('e')} >= :since
GROUP BY e.account_id, e.name, ${sql.day(sql.ms('e'))}
UNION ALL
SELECT e.account_id, NULL, NULL, ${sql.int('count(DISTINCT e.user_id)')}, NULL, NULL FROM events e
WHERE e.project_id = :project AND e.account_id IS NOT NULL AND e.user_id IS NOT NULL AND ${productEventSql('e')} AND ${sql.ms('e')} >= :since
GROUP BY e.account_id`;
  return { text, params: { project: projectId, since: since.getTime() } };
}

const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(Number(ms)).toISOString();

/** Name, then day, in code-unit order, as the engines' own ORDER BY for Store.accountUsage. */
function byNameAndDay(a: { name: string; day: string }, b: { name: string; day: string }): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.day < b.day ? -1 : 1;
}

/** The sources from both statements' rows: events as replayHistory reads them, each account's usage in name and day order. */
export function computedTraitSourcesFromRows(events: readonly OwnedEventRow[], accounts: readonly AccountUsageRow[]): ComputedTraitSources {
  const owned: OwnedEvent[] = events.map((row) => ({
    owner: row.owner,
    type: row.type as OwnedEvent['type'],
    name: row.name,
    ...(row.account_id === null ? {} : { accountId: row.account_id }),
    props: JSON.parse(row.props) as OwnedEvent['props'],
    ts: iso(row.ms),
  }));
  const usage: Record<string, AccountUsage> = {};
  for (const row of accounts) {
    usage[row.account] ??= { days: [], activeSeats: 0 };
    const account = usage[row.account]!;
    if (row.name === null) account.activeSeats = Number(row.count);
    else
      account.days.push({
        name: row.name,
        day: iso(Number(row.day) * DAY_MS).slice(0, 10),
        count: Number(row.count),
        first: iso(row.first!),
        last: iso(row.last!),
      });
  }
  for (const account of Object.values(usage)) account.days.sort(byNameAndDay);
  return { events: owned, accounts: usage };
}
