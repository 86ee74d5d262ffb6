import { productEventSql } from './product-event-sql.ts';
import { timeSlices } from './time-slices.ts';
import type { ReportDialect, ReportStatement } from './report-dialect.ts';
import type { AccountUsage, ComputedTraitQuery, ComputedTraitSources, OwnedCount, OwnedEvent } from './store.ts';

/** A row of the users' events statement: an event as its owner's history holds it (props as stored JSON text). */
export type OwnedEventRow = { owner: string; type: string; name: string; account_id: string | null; props: string; ms: number };

/** A row of the users' counts statement: track events of one name, on one UTC day (null: all those before `:since`). */
export type OwnedCountRow = { owner: string; name: string; day: number | null; count: number; first: number; last: number };

/** A row of the accounts' statement: track events of one account per name and UTC day, or (name null) its active seats. */
export type AccountUsageRow = {
  account: string;
  name: string | null;
  day: number | null;
  count: number;
  first: number | null;
  last: number | null;
};

/** A user's events (`columns` of `e`, the user as `owner`): those with their user id and the anonymous ones of their devices, as Store.userEvents reads them. */
const ownedSql = (sql: ReportDialect, columns: string) => `WITH owners AS MATERIALIZED (
  SELECT DISTINCT s.anonymous_id, s.user_id FROM events s WHERE s.project_id = :project AND s.user_id IS NOT NULL
),
owned AS (
  SELECT e.user_id AS owner, ${columns} FROM events e WHERE e.project_id = :project AND e.user_id IS NOT NULL
  UNION ALL
  SELECT o.user_id AS owner, ${columns} FROM owners o ${sql.outerJoin} events e
    ON e.project_id = :project AND e.anonymous_id = o.anonymous_id AND e.user_id IS NULL
)`;

/**
 * Every user's events that computed traits read one by one, oldest first: every identify, group and `usage` report, and
 * from `:since` on the events named in `:replayed` (what an event trigger or the negative-feedback counter looks at in
 * the props).
 */
export function ownedEventsStatement(sql: ReportDialect, projectId: string, query: ComputedTraitQuery): ReportStatement {
  const text = `${ownedSql(sql, `e.type, e.name, e.account_id, e.props, ${sql.ms('e')} AS ms, e.seq`)}
SELECT owner, type, name, account_id, props, ms FROM owned
WHERE type IN ('identify', 'group') OR (type = 'track' AND name = 'usage') OR (ms >= :since AND name IN (${sql.idList(':replayed')}))
ORDER BY owner, ms, seq`;
  return { text, params: { project: projectId, since: query.since.getTime(), replayed: JSON.stringify(query.replayed) } };
}

/**
 * Every user's other track events, counted: per name and UTC day from `:since` on, and per name before it (day null,
 * the events named in `:replayed` too), each with the first and last time; the counts recordEvent would reach one event
 * at a time.
 */
export function ownedCountsStatement(sql: ReportDialect, projectId: string, query: ComputedTraitQuery): ReportStatement {
  const text = `${ownedSql(sql, `e.type, e.name, ${sql.ms('e')} AS ms`)}
SELECT owner, name, ${sql.day('ms')} AS day, ${sql.int('count(*)')} AS count, min(ms) AS first, max(ms) AS last FROM owned
WHERE type = 'track' AND name <> 'usage' AND ms >= :since AND name NOT IN (${sql.idList(':replayed')})
GROUP BY owner, name, ${sql.day('ms')}
UNION ALL
SELECT owner, name, NULL, ${sql.int('count(*)')}, min(ms), max(ms) FROM owned
WHERE (type = 'track' OR name IN (${sql.idList(':replayed')})) AND name <> 'usage' AND ms < :since GROUP BY owner, name`;
  return { text, params: { project: projectId, since: query.since.getTime(), replayed: JSON.stringify(query.replayed) } };
}

/** Every account's usage from `:since` on, as Store.accountUsage reads one account's, in one statement. */
export function accountUsageStatement(sql: ReportDialect, projectId: string, { since }: ComputedTraitQuery): ReportStatement {
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

/**
 * The sources from the statements' rows: events as replayHistory reads them, counts with ISO days and times, each
 * account's usage in name and day order. A large project has a hundred thousand rows, so the work takes the main
 * thread in slices (time-slices.ts) and stops when `signal` aborts.
 */
export async function computedTraitSourcesFromRows(
  events: readonly OwnedEventRow[],
  counts: readonly OwnedCountRow[],
  accounts: readonly AccountUsageRow[],
  signal: AbortSignal | undefined,
): Promise<ComputedTraitSources> {
  const pause = timeSlices(signal);
  const owned: OwnedEvent[] = [];
  for (const row of events) {
    await pause();
    owned.push({
      owner: row.owner,
      type: row.type as OwnedEvent['type'],
      name: row.name,
      ...(row.account_id === null ? {} : { accountId: row.account_id }),
      props: JSON.parse(row.props) as OwnedEvent['props'],
      ts: iso(row.ms),
    });
  }
  const counted: OwnedCount[] = [];
  for (const row of counts) {
    await pause();
    counted.push({
      owner: row.owner,
      name: row.name,
      day: row.day === null ? null : iso(Number(row.day) * DAY_MS).slice(0, 10),
      count: Number(row.count),
      first: iso(row.first),
      last: iso(row.last),
    });
  }
  const usage: Record<string, AccountUsage> = {};
  for (const row of accounts) {
    await pause();
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
  return { events: owned, counts: counted, accounts: usage };
}
