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
import type { ReportDialect } from '../report-dialect.ts';
import { reportRows } from './report-query.ts';
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
  ReportCall,
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

/**
 * The churn, funnel, checklist and onboarding counts of the PostgreSQL store (the statements of ../funnel-sql.ts and its
 * siblings), each statement bounded by `timeoutMs` and cancelled when its query's signal aborts (report-query.ts).
 */
export function reportTallies(pool: Pool, timeoutMs: number) {
  const limits = ({ signal }: ReportCall) => ({ timeoutMs, signal });
  return {
    churnTally: async (projectId: string, query: ChurnQuery): Promise<ChurnTally> =>
      churnTallyFromRows(await reportRows<ChurnRow>(pool, churnStatement(POSTGRES, projectId, query), limits(query))),
    funnelTally: async (projectId: string, query: FunnelTallyQuery): Promise<FunnelTally> =>
      funnelTallyFromRows(
        await reportRows<FunnelRow>(pool, funnelStatement(POSTGRES, projectId, query), limits(query)),
        query.steps.length,
      ),
    checklistTally: async (projectId: string, query: ChecklistQuery): Promise<ChecklistTally> =>
      checklistTallyFromRows(await reportRows<ChecklistRow>(pool, checklistStatement(POSTGRES, projectId, query), limits(query))),
    onboardingTally: async (projectId: string, query: OnboardingQuery): Promise<OnboardingTally> =>
      onboardingTallyFromRows(await reportRows<OnboardingRow>(pool, onboardingStatement(POSTGRES, projectId, query), limits(query))),
    eventNames: async (projectId: string, limit: number): Promise<EventName[]> =>
      eventNamesFromRows(await reportRows<EventNameRow>(pool, eventNamesStatement(POSTGRES, projectId, limit), { timeoutMs })),
    computedTraitSources: async (projectId: string, query: ComputedTraitQuery): Promise<ComputedTraitSources> => {
      const [events, counts, accounts] = await Promise.all([
        reportRows<OwnedEventRow>(pool, ownedEventsStatement(POSTGRES, projectId, query), limits(query)),
        reportRows<OwnedCountRow>(pool, ownedCountsStatement(POSTGRES, projectId, query), limits(query)),
        reportRows<AccountUsageRow>(pool, accountUsageStatement(POSTGRES, projectId, query), limits(query)),
      ]);
      return computedTraitSourcesFromRows(events, counts, accounts, query.signal);
    },
  };
}
