import type { PublicSettings } from '../config.ts';
import type { Counters } from './counter-schema.ts';
import { computeRisk } from './risk.ts';
import { computeTier, TIER_DEFAULTS } from './tier.ts';
import { traitTime } from './trait-time.ts';
import { VALUE_SCORE_DEFAULTS } from '../value/value-score.ts';
import type { UsageMeters } from './usage-meter-schema.ts';

const DAY = 86_400_000;
const days = (ms: number, round: (n: number) => number) => (Number.isNaN(ms) ? undefined : round(ms / DAY) || 0);

export interface ComputedInput {
  traits?: Record<string, unknown>;
  account?: Record<string, unknown>;
  counters?: Counters;
  usage?: UsageMeters;
  now: Date;
  settings?: Partial<Pick<PublicSettings, 'advancedEvents' | 'tiers' | 'value'>>;
  /** the account's value score (computeValueScore), as the collector computed it from every seat's events */
  valueScore?: number | null;
}

/**
 * The computed traits of SPEC §6, named as the admin user view shows them (SPEC §9):
 * `days_since_signup` — whole days since `signed_up_at` (user) or `created_at` (account, then user);
 * `days_to_renewal` — days until `renews_at` (account, then user), rounded up, so "1" is the last day; negative once past;
 * `tier` (computeTier); `value_score`, the collector's value scorecard (null when unknown); `risk` with its `riskSignals`
 * (computeRisk), where `low_value` is a score below the project's `value.lowScore` in the last 30 days before renewal.
 * A date trait is an ISO string or epoch milliseconds.
 */
export function computeTraits({
  traits = {},
  account = {},
  counters = {},
  usage = {},
  now,
  settings = {},
  valueScore = null,
}: ComputedInput) {
  const at = now.getTime();
  const daysToRenewal = days(traitTime(account.renews_at ?? traits.renews_at) - at, Math.ceil);
  const lowValue =
    valueScore !== null &&
    valueScore < (settings.value?.lowScore ?? VALUE_SCORE_DEFAULTS.lowScore) &&
    daysToRenewal !== undefined &&
    daysToRenewal >= 0 &&
    daysToRenewal <= 30;
  return {
    days_since_signup: days(at - traitTime(traits.signed_up_at ?? account.created_at ?? traits.created_at), Math.floor),
    days_to_renewal: daysToRenewal,
    tier: computeTier(traits, account, usage, settings.tiers ?? TIER_DEFAULTS),
    value_score: valueScore,
    ...computeRisk(traits, account, counters, now, settings.advancedEvents, lowValue),
  };
}

export type ComputedTraits = ReturnType<typeof computeTraits>;
