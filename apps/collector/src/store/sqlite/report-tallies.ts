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
import type { ReportRowsOf } from './report-reader.ts';
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

const text = (alias: string, key: string) => `json_extract(${alias}.props, '$.' || ${key})`;

/** SQLite's SQL for the statements written once for both engines. */
export const SQLITE: ReportDialect = {
  ms: (alias) => `CAST(round(unixepoch(${alias}.ts, 'subsec') * 1000) AS INTEGER)`,
  day: (ms) => `((${ms}) / 86400000)`,
  propText: (alias, key) =>
    `(CASE WHEN json_type(${alias}.props, '$.' || ${key}) IN ('text', 'integer', 'real') THEN CAST(${text(alias, key)} AS TEXT) END)`,
  int: (count) => count,
  // CROSS JOIN keeps the left side the outer loop (SQLite's rule), so only its people's events are read
  outerJoin: 'CROSS JOIN',
  idList: (param) => `SELECT value AS id FROM json_each(${param})`,
};

/**
 * The churn, funnel, checklist and onboarding counts of the SQLite store (the statements are ../funnel-sql.ts and its
 * siblings), their statements run on the report thread (`all`: report-reader.ts), each within the report time limit
 * and abandoned when its query's signal aborts.
 */
export const reportTallies = (all: ReportRowsOf) => ({
  churnTally: async (projectId: string, query: ChurnQuery): Promise<ChurnTally> =>
    churnTallyFromRows(await all<ChurnRow>(churnStatement(SQLITE, projectId, query), query.signal)),
  funnelTally: async (projectId: string, query: FunnelTallyQuery): Promise<FunnelTally> =>
    funnelTallyFromRows(await all<FunnelRow>(funnelStatement(SQLITE, projectId, query), query.signal), query.steps.length),
  checklistTally: async (projectId: string, query: ChecklistQuery): Promise<ChecklistTally> =>
    checklistTallyFromRows(await all<ChecklistRow>(checklistStatement(SQLITE, projectId, query), query.signal)),
  onboardingTally: async (projectId: string, query: OnboardingQuery): Promise<OnboardingTally> =>
    onboardingTallyFromRows(await all<OnboardingRow>(onboardingStatement(SQLITE, projectId, query), query.signal)),
  eventNames: async (projectId: string, limit: number): Promise<EventName[]> =>
    eventNamesFromRows(await all<EventNameRow>(eventNamesStatement(SQLITE, projectId, limit))),
  computedTraitSources: async (projectId: string, query: ComputedTraitQuery): Promise<ComputedTraitSources> => {
    const [events, counts, accounts] = await Promise.all([
      all<OwnedEventRow>(ownedEventsStatement(SQLITE, projectId, query), query.signal),
      all<OwnedCountRow>(ownedCountsStatement(SQLITE, projectId, query), query.signal),
      all<AccountUsageRow>(accountUsageStatement(SQLITE, projectId, query), query.signal),
    ]);
    return computedTraitSourcesFromRows(events, counts, accounts, query.signal);
  },
});
