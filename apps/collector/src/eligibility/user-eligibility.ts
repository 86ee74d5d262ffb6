import {
  buildContext,
  decide,
  userTimeZone,
  type Campaign,
  type Decision,
  type EvaluationContext,
  type GrowthEvent,
  type PublicSettings,
  type UserState,
} from '@growthkit/core';
import { replayHistory } from './replay-history.ts';

export interface EligibilityInput {
  events: readonly GrowthEvent[];
  state: UserState;
  campaigns: readonly Campaign[];
  settings: PublicSettings;
  now: Date;
  /** where to decide for; defaults to where the user's latest event was */
  page?: { url?: string; path: string };
  /** the zone when the user has no `timezone` trait; default UTC */
  timeZone?: string;
  /** the session to count the budget in; defaults to the latest event's */
  session?: string;
  locale?: string;
  /** slots on the page; omitted = every slot is there */
  slots?: readonly string[];
}

export interface Eligibility {
  timeZone: string;
  session: string;
  /** the attributes conditions were evaluated against */
  context: EvaluationContext;
  /** decide's: each reason with its details (an audience refusal's failing leaf, …) and, on Node, its words (`message`) */
  decisions: Decision[];
}

/**
 * The SDK's decision for a user, reached on the collector: the same history (replayed from stored events) through
 * the same core buildContext and decide, so both sides agree (test/eligibility).
 */
export function userEligibility(input: EligibilityInput): Eligibility {
  const history = replayHistory(
    input.events,
    input.campaigns.map((campaign) => campaign.trigger),
  );
  const { traits } = history;
  const { now, settings } = input;
  const timeZone = userTimeZone(traits, input.timeZone ?? 'UTC');
  const session = input.session ?? history.session ?? '';
  const context = buildContext({
    traits,
    account: history.account,
    counters: history.counters,
    usage: history.usage,
    now,
    settings,
    userId: history.userId,
    anonymousId: history.anonymousId,
    page: input.page ?? history.page,
    locale: input.locale ?? history.locale,
    timeZone,
  });
  const decisions = decide({
    campaigns: input.campaigns,
    context,
    state: input.state,
    settings,
    now,
    timeZone,
    session,
    slots: input.slots,
  });
  return { timeZone, session, context, decisions };
}
