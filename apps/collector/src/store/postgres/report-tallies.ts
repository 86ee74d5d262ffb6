import type { Pool } from 'pg';
import {
  type AccountUsageRow,
  accountUsageStatement,
  computedTraitSourcesFromRows,
  type OwnedCountRow,
  type OwnedEventRow,
  ownedCountsStatement,
  ownedEventsStatement,
} from '../computed-trait-sql.ts';
import { type ChurnRow, churnStatement, churnTallyFromRows } from '../churn-sql.ts';
import { checklistStatement, checklistTallyFromRows, type ChecklistRow } from '../checklist-sql.ts';
import { type EventNameRow, eventNamesFromRows, eventNamesStatement } from '../event-names-sql.ts';
import { funnelStatement, funnelTallyFromRows, type FunnelRow } from '../funnel-sql.ts';
import { onboardingStatement, onboardingTallyFromRows, type OnboardingRow } from '../onboarding-sql.ts';
import type { ReportDialect, ReportStatement } from '../report-dialect.ts';
import type { EventName } from '@growthkit/core';
import type {
  ChecklistQuery,
  ChecklistTally,
  ChurnQuery,
  ChurnTally,
  ComputedTraitQuery,
  ComputedTraitSources,
  FunnelTallyQuery,
  FunnelTally,
  OnboardingQuery,
  OnboardingTally,
} from '../store.ts';

/** PostgreSQL's SQL for the statements written once for both engines. */
export const POSTGRES: ReportDialect = {
  ms: (alias) => `round(extract(epoch FROM ${alias}.at) * 1000)::float8`,
  day: (ms) => `floor((${ms}) / 86400000)::bigint`,
  propText: (alias, key) =>
    `(CASE WHEN jsonb_typeof(${alias}.props::jsonb -> (${key})::text) IN ('string', 'number') THEN ${alias}.props::jsonb ->> (${key})::text END)`,
  int: (count) => `(${count})::int`,
  outerJoin: 'JOIN',
  idList: (param) => `SELECT jsonb_array_elements_text(CAST(${param} AS jsonb)) AS id`,
};

/** `:name` parameters (not `::casts`) as PostgreSQL's `$1`, `$2`, … with their values in that order. */
function numbered({ text, params }: ReportStatement) {
  const names: string[] = [];
  const sql = text.replace(/(?<!:):([a-zA-Z]\w*)/g, (_, name: string) => {
    if (!names.includes(name)) names.push(name);
    return `$${names.indexOf(name) + 1}`;
  });
  return { sql, values: names.map((name) => params[name]) };
}

/** The rows of a statement with `:name` parameters. */
export async function rows<Row extends object>(pool: Pool, statement: ReportStatement): Promise<Row[]> {
  const { sql, values } = numbered(statement);
  return (await pool.query<Row>(sql, values)).rows;
}

/** The churn, funnel, checklist and onboarding counts of the PostgreSQL store (the statements of ../funnel-sql.ts and its siblings). */
export const reportTallies = (pool: Pool) => ({
  churnTally: async (projectId: string, query: ChurnQuery): Promise<ChurnTally> =>
    churnTallyFromRows(await rows<ChurnRow>(pool, churnStatement(POSTGRES, projectId, query))),
  funnelTally: async (projectId: string, query: FunnelTallyQuery): Promise<FunnelTally> =>
    funnelTallyFromRows(await rows<FunnelRow>(pool, funnelStatement(POSTGRES, projectId, query)), query.steps.length),
  checklistTally: async (projectId: string, query: ChecklistQuery): Promise<ChecklistTally> =>
    checklistTallyFromRows(await rows<ChecklistRow>(pool, checklistStatement(POSTGRES, projectId, query))),
  onboardingTally: async (projectId: string, query: OnboardingQuery): Promise<OnboardingTally> =>
    onboardingTallyFromRows(await rows<OnboardingRow>(pool, onboardingStatement(POSTGRES, projectId, query))),
  eventNames: async (projectId: string, limit: number): Promise<EventName[]> =>
    eventNamesFromRows(await rows<EventNameRow>(pool, eventNamesStatement(POSTGRES, projectId, limit))),
  computedTraitSources: async (projectId: string, query: ComputedTraitQuery): Promise<ComputedTraitSources> => {
    const [events, counts, accounts] = await Promise.all([
      rows<OwnedEventRow>(pool, ownedEventsStatement(POSTGRES, projectId, query)),
      rows<OwnedCountRow>(pool, ownedCountsStatement(POSTGRES, projectId, query)),
      rows<AccountUsageRow>(pool, accountUsageStatement(POSTGRES, projectId, query)),
    ]);
    return computedTraitSourcesFromRows(events, counts, accounts);
  },
});
