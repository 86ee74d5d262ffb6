import type { TraitSegment } from './store.ts';

/**
 * What the report statements written once for both engines (churn, funnels, checklist, onboarding) and the segments
 * of the metrics statements need from each engine's SQL.
 * Parameters are written `:name`; the PostgreSQL store numbers them.
 */
export interface ReportDialect {
  /** the time of the events row `alias` in whole milliseconds since the epoch */
  ms(alias: string): string;
  /** the UTC day number of a time in whole milliseconds */
  day(ms: string): string;
  /** the prop named by the SQL text `key` of the events row `alias` as text when it is a string or a number, else null */
  propText(alias: string, key: string): string;
  /** a count as a plain number */
  int(count: string): string;
  /** a join whose left side stays the outer loop */
  outerJoin: string;
  /** a SELECT of one column `id`: the texts of the JSON list in the parameter `param` (written `:name`) */
  idList(param: string): string;
}

/** A statement with `:name` parameters and their values. */
export interface ReportStatement {
  text: string;
  params: Record<string, string | number>;
}

/** A person of a report: the user id, else the anonymous id. */
export const personSql = (alias: string) => `coalesce('u:' || ${alias}.user_id, 'a:' || ${alias}.anonymous_id)`;

/**
 * A `segment_users` CTE (with its trailing comma) of the users, among `candidates` (a SELECT of distinct `user_id`),
 * whose latest identify or group event that sets the `:trait` sets it to `:value`; for a computed trait, its members.
 * Empty without a segment. Only the candidates' own events are read, not every identify of the project.
 */
export const segmentCte = (sql: ReportDialect, segment: TraitSegment | undefined, candidates: string) => {
  if (segment?.members) return `segment_users AS MATERIALIZED (SELECT id AS user_id FROM (${sql.idList(':segmentUsers')}) m),`;
  return segment
    ? `segment_users AS MATERIALIZED (
  SELECT user_id FROM (
    SELECT t.user_id, ${sql.propText('t', ':trait')} AS v,
      row_number() OVER (PARTITION BY t.user_id ORDER BY ${sql.ms('t')} DESC, t.seq DESC) AS r
    FROM (${candidates}) c ${sql.outerJoin} events t ON t.project_id = :project AND t.user_id = c.user_id
    WHERE t.type IN ('identify', 'group') AND ${sql.propText('t', ':trait')} IS NOT NULL
  ) latest WHERE r = 1 AND v = :value
),`
    : '';
};

/**
 * A `segment_accounts` CTE (with its trailing comma) of the accounts whose latest `group` event that sets the `:trait`
 * sets it to `:value`, for the figures counted per account (subscriptions, MRR, upgrades); for a computed trait, the
 * accounts of its members. Empty without a segment.
 */
export const accountSegmentCte = (sql: ReportDialect, segment: TraitSegment | undefined) => {
  if (segment?.members) return `segment_accounts AS MATERIALIZED (SELECT id AS account_id FROM (${sql.idList(':segmentAccounts')}) m),`;
  return segment
    ? `segment_accounts AS MATERIALIZED (
  SELECT account_id FROM (
    SELECT t.account_id, ${sql.propText('t', ':trait')} AS v,
      row_number() OVER (PARTITION BY t.account_id ORDER BY ${sql.ms('t')} DESC, t.seq DESC) AS r
    FROM events t
    WHERE t.project_id = :project AND t.type = 'group' AND t.account_id IS NOT NULL AND ${sql.propText('t', ':trait')} IS NOT NULL
  ) latest WHERE r = 1 AND v = :value
),`
    : '';
};

/** The condition that keeps the events row `alias` to the segment's accounts; true without a segment. */
export const inAccountSegmentSql = (alias: string, segment: TraitSegment | undefined) =>
  segment ? `${alias}.account_id IN (SELECT account_id FROM segment_accounts)` : '1 = 1';

/** The condition that keeps the events row `alias` to the segment's users; true without a segment. */
export const inSegmentSql = (alias: string, segment: TraitSegment | undefined) =>
  segment ? `${alias}.user_id IN (SELECT user_id FROM segment_users)` : '1 = 1';

/** The segment's parameters, none without one. */
export function segmentParams(segment: TraitSegment | undefined): Record<string, string> {
  if (segment?.members)
    return { segmentUsers: JSON.stringify(segment.members.users), segmentAccounts: JSON.stringify(segment.members.accounts) };
  return segment ? { trait: segment.trait, value: segment.value } : {};
}
