import type { EventName } from '@growthkit/core';
import {
  type AccountUsageRow,
  accountUsageStatement,
  computedTraitSourcesFromRows,
  type OwnedCountRow,
  type OwnedEventRow,
  ownedCountsStatement,
  ownedEventsStatement,
} from './computed-trait-sql.ts';
import { type ChurnRow, churnStatement, churnTallyFromRows } from './churn-sql.ts';
import { checklistStatement, checklistTallyFromRows, type ChecklistRow } from './checklist-sql.ts';
import { type EventNameRow, eventNamesFromRows, eventNamesStatement } from './event-names-sql.ts';
import { funnelStatement, funnelTallyFromRows, type FunnelRow } from './funnel-sql.ts';
import { onboardingStatement, onboardingTallyFromRows, type OnboardingRow } from './onboarding-sql.ts';
import type { ReportDialect, ReportStatement } from './report-dialect.ts';
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
} from './store.ts';

/**
 * The rows of a report statement as an engine reads them, within its report time limit; `signal` (the asking
 * request's) abandons the statement when it aborts.
 */
export type ReportRowsOf = <Row extends object>(statement: ReportStatement, signal?: AbortSignal) => Promise<Row[]>;

/**
 * The churn, funnel, checklist and onboarding counts, the event names and the computed traits' sources of a store: the
 * statements written once for both engines (./funnel-sql.ts and its siblings) in the engine's `dialect`, read by its
 * `rows`.
 */
export const reportTallies = (dialect: ReportDialect, rows: ReportRowsOf) => ({
  churnTally: async (projectId: string, query: ChurnQuery): Promise<ChurnTally> =>
    churnTallyFromRows(await rows<ChurnRow>(churnStatement(dialect, projectId, query), query.signal)),
  funnelTally: async (projectId: string, query: FunnelTallyQuery): Promise<FunnelTally> =>
    funnelTallyFromRows(await rows<FunnelRow>(funnelStatement(dialect, projectId, query), query.signal), query.steps.length),
  checklistTally: async (projectId: string, query: ChecklistQuery): Promise<ChecklistTally> =>
    checklistTallyFromRows(await rows<ChecklistRow>(checklistStatement(dialect, projectId, query), query.signal)),
  onboardingTally: async (projectId: string, query: OnboardingQuery): Promise<OnboardingTally> =>
    onboardingTallyFromRows(await rows<OnboardingRow>(onboardingStatement(dialect, projectId, query), query.signal)),
  eventNames: async (projectId: string, limit: number): Promise<EventName[]> =>
    eventNamesFromRows(await rows<EventNameRow>(eventNamesStatement(dialect, projectId, limit))),
  computedTraitSources: async (projectId: string, query: ComputedTraitQuery): Promise<ComputedTraitSources> => {
    const [events, counts, accounts] = await Promise.all([
      rows<OwnedEventRow>(ownedEventsStatement(dialect, projectId, query), query.signal),
      rows<OwnedCountRow>(ownedCountsStatement(dialect, projectId, query), query.signal),
      rows<AccountUsageRow>(accountUsageStatement(dialect, projectId, query), query.signal),
    ]);
    return computedTraitSourcesFromRows(events, counts, accounts, query.signal);
  },
});
