import type { PublicSettings } from '../config.ts';
import type { UsageMeters } from './usage-meter-schema.ts';

export type Tier = 'trial' | 'basic' | 'growth' | 'high-value';

/** revenue thresholds used when the project sets none */
export const TIER_DEFAULTS = { growthMrr: 100, highValueMrr: 500 };

type Traits = Record<string, unknown>;

/**
 * The playbook tier (SPEC §2) from the plan and revenue traits, account before user:
 * a plan named "…trial…" → trial; plan business or enterprise, or `mrr` ≥ highValueMrr → high-value;
 * plan growth or pro, `mrr` ≥ growthMrr, or seats 80% used (the `seats` usage meter) → growth; else basic.
 */
export function computeTier(traits: Traits, account: Traits, usage: UsageMeters, tiers: PublicSettings['tiers']): Tier {
  const plan = String(account.plan ?? traits.plan ?? '').toLowerCase();
  const mrr = Number(account.mrr ?? traits.mrr) || 0;
  const seats = usage.seats;
  const seatsMostlyUsed = !!seats && seats.limit > 0 && seats.used / seats.limit >= 0.8;
  if (plan.includes('trial')) return 'trial';
  if (plan === 'business' || plan === 'enterprise' || mrr >= tiers.highValueMrr) return 'high-value';
  if (plan === 'growth' || plan === 'pro' || mrr >= tiers.growthMrr || seatsMostlyUsed) return 'growth';
  return 'basic';
}
