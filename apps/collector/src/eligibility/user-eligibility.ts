import {
  buildContext,
  decide,
  userTimeZone,
  type Campaign,
  type Decision,
  type EvaluationContext,
  type PublicSettings,
  type UserState,
} from '@growthkit/core';
import type { ReplayedHistory } from './replay-history.ts';

export interface UserContextInput {
  /** the user's stored events replayed (replayHistory) */
  history: ReplayedHistory;
  settings: PublicSettings;
  now: Date;
  /** the account's value score (accountValue), as the device has it from its state */
  valueScore?: number | null;
  /** where to decide for; defaults to where the user's latest event was */
  page?: { url?: string; path: string };
  /** the zone when the user has no `timezone` trait; default UTC */
  timeZone?: string;
  /** the session to count the budget in; defaults to the latest event's */
  session?: string;
  locale?: string;
}

export interface EligibilityInput extends UserContextInput {
  state: UserState;
  campaigns: readonly Campaign[];
  /** slots on the page; omitted = every slot is there */
  slots?: readonly string[];
}

export interface UserContext {
  timeZone: string;
  session: string;
  /** the attributes conditions are evaluated against, `computed` (risk, tier, value_score, …) among them */
  context: EvaluationContext;
}

export interface Eligibility extends UserContext {
  /** decide's: each reason with its details (an audience refusal's failing leaf, …) and, on Node, its words (`message`) */
  decisions: Decision[];
}

/** The evaluation context the SDK would build for the user, from their replayed history (core's buildContext). */
export function userContext(input: UserContextInput): UserContext {
  const { history, now, settings } = input;
  const { traits } = history;
  const timeZone = userTimeZone(traits, input.timeZone ?? 'UTC');
  const session = input.session ?? history.session ?? '';
  const context = buildContext({
    traits,
    account: history.account,
    counters: history.counters,
    usage: history.usage,
    now,
    settings,
    valueScore: input.valueScore,
    userId: history.userId,
    anonymousId: history.anonymousId,
    page: input.page ?? history.page,
    locale: input.locale ?? history.locale,
    timeZone,
  });
  return { timeZone, session, context };
}

/**
 * The SDK's decision for a user, reached on the collector: the same history (replayed from stored events) through
 * the same core buildContext and decide, so both sides agree (test/eligibility).
 */
export function userEligibility(input: EligibilityInput): Eligibility {
  const { timeZone, session, context } = userContext(input);
  const decisions = decide({
    campaigns: input.campaigns,
    context,
    state: input.state,
    settings: input.settings,
    now: input.now,
    timeZone,
    session,
    slots: input.slots,
  });
  return { timeZone, session, context, decisions };
}
