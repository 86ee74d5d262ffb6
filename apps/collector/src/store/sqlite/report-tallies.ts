import type Database from 'better-sqlite3';
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

/** The churn, funnel, checklist and onboarding counts of the SQLite store (the statements are ../funnel-sql.ts and its siblings). */
export function prepareReportTallies(db: Database.Database) {
  const all = <Row>({ text: sql, params }: ReportStatement) => db.prepare<Record<string, string | number>, Row>(sql).all(params);
  return {
    churnTally: (projectId: string, query: ChurnQuery): ChurnTally =>
      churnTallyFromRows(all<ChurnRow>(churnStatement(SQLITE, projectId, query))),
    funnelTally: (projectId: string, query: FunnelTallyQuery): FunnelTally =>
      funnelTallyFromRows(all<FunnelRow>(funnelStatement(SQLITE, projectId, query)), query.steps.length),
    checklistTally: (projectId: string, query: ChecklistQuery): ChecklistTally =>
      checklistTallyFromRows(all<ChecklistRow>(checklistStatement(SQLITE, projectId, query))),
    onboardingTally: (projectId: string, query: OnboardingQuery): OnboardingTally =>
      onboardingTallyFromRows(all<OnboardingRow>(onboardingStatement(SQLITE, projectId, query))),
    eventNames: (projectId: string, limit: number): EventName[] =>
      eventNamesFromRows(all<EventNameRow>(eventNamesStatement(SQLITE, projectId, limit))),
    computedTraitSources: (projectId: string, query: ComputedTraitQuery): ComputedTraitSources =>
      computedTraitSourcesFromRows(
        all<OwnedEventRow>(ownedEventsStatement(SQLITE, projectId, query)),
        all<OwnedCountRow>(ownedCountsStatement(SQLITE, projectId, query)),
        all<AccountUsageRow>(accountUsageStatement(SQLITE, projectId, query)),
      ),
  };
}
