import type { PublicSettings } from '../config.ts';
import type { Counters } from './counter-schema.ts';
import { computeRisk } from './risk.ts';
import { computeTier, TIER_DEFAULTS } from './tier.ts';
import { traitTime } from './trait-time.ts';
import type { UsageMeters } from './usage-meter-schema.ts';

const DAY = 86_400_000;
const days = (ms: number, round: (n: number) => number) => (Number.isNaN(ms) ? undefined : round(ms / DAY) || 0);

export interface ComputedInput {
  traits?: Record<string, unknown>;
  account?: Record<string, unknown>;
  counters?: Counters;
  usage?: UsageMeters;
  now: Date;
  settings?: Partial<Pick<PublicSettings, 'advancedEvents' | 'tiers'>>;
}

/**
 * The computed traits of SPEC §6, named as the admin user view shows them (SPEC §9):
 * `days_since_signup` — whole days since `signed_up_at` (user) or `created_at` (account, then user);
 * `days_to_renewal` — days until `renews_at` (account, then user), rounded up, so "1" is the last day; negative once past;
 * `tier` (computeTier) and `risk` with its `riskSignals` (computeRisk). A date trait is an ISO string or epoch milliseconds.
 */
export function computeTraits({ traits = {}, account = {}, counters = {}, usage = {}, now, settings = {} }: ComputedInput) {
  const at = now.getTime();
  return {
    days_since_signup: days(at - traitTime(traits.signed_up_at ?? account.created_at ?? traits.created_at), Math.floor),
    days_to_renewal: days(traitTime(account.renews_at ?? traits.renews_at) - at, Math.ceil),
    tier: computeTier(traits, account, usage, settings.tiers ?? TIER_DEFAULTS),
    ...computeRisk(traits, account, counters, now, settings.advancedEvents),
  };
}

export type ComputedTraits = ReturnType<typeof computeTraits>;
