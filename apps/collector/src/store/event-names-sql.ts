import type { EventName } from '@growthkit/core';
import type { ReportDialect, ReportStatement } from './report-dialect.ts';

/** A row of the event names' statement: the last time in whole milliseconds. */
export type EventNameRow = { name: string; count: number; last: number };

/**
 * The host event names of a project (track events not named `gk.*`, billing facts included: the host sends them) with
 * how many events carry each and the latest one's time, most recently seen first, ties by name; at most `limit`.
 */
export function eventNamesStatement(sql: ReportDialect, projectId: string, limit: number): ReportStatement {
  const text = `SELECT e.name, ${sql.int('count(*)')} AS count, max(${sql.ms('e')}) AS last FROM events e
WHERE e.project_id = :project AND e.type = 'track' AND substr(e.name, 1, 3) <> 'gk.'
GROUP BY e.name ORDER BY last DESC, e.name LIMIT :limit`;
  return { text, params: { project: projectId, limit } };
}

/** The names from the statement's rows. */
export const eventNamesFromRows = (rows: readonly EventNameRow[]): EventName[] =>
  rows.map((row) => ({ name: row.name, count: Number(row.count), lastSeen: new Date(Number(row.last)).toISOString() }));
