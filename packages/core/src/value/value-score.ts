import type { Counters } from '../context/counter-schema.ts';
import { countDays } from '../context/event-counters.ts';
import type { ValueScore, ValueScoreSettings } from './value-score-schema.ts';

export const VALUE_SCORE_DEFAULTS: ValueScoreSettings = { keyFeatures: [], workEvents: [], workPerPrice: 1, lowScore: 40 };

export interface ValueScoreInput {
  /** the account's traits: `seats` (paid seats) and `plan_price` (monthly, minor units), set by `group` */
  account: Record<string, unknown>;
  /** the account's event counters: every seat's events, as the collector counts them */
  counters: Counters;
  /** the account's users with a product event (not `gk.*`) in the last 30 days */
  activeSeats: number;
  now: Date;
  settings?: Partial<ValueScoreSettings>;
}

const positive = (value: unknown) => {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : undefined;
};
const share = (part: number, whole: number | undefined) => (whole ? Math.round((part / whole) * 1000) / 1000 : null);

/**
 * The playbook's value per dollar (SPEC §5), computed by the collector, which sees every seat's events. Each part compares what the
 * account used with what its plan pays for: breadth — the key features it used of those it has; depth — the seats it
 * used of those it pays for; reach — the work it ran through the product against the work its price should buy
 * (`workPerPrice` × `plan_price` / 100). The score is 100 × the mean of the measurable parts, each capped at 1, rounded.
 * A part is left out when its input is missing (no key features configured, no `seats`, no `plan_price` or work events).
 */
export function computeValueScore({ account, counters, activeSeats, now, settings = {} }: ValueScoreInput): ValueScore {
  const { keyFeatures, workEvents, workPerPrice } = { ...VALUE_SCORE_DEFAULTS, ...settings };
  const last30 = (name: string) => countDays(counters[name], now, 0, 30);
  const price = positive(account.plan_price);
  const parts = {
    breadth: share(keyFeatures.filter((name) => last30(name) > 0).length, keyFeatures.length),
    depth: share(activeSeats, positive(account.seats)),
    reach: workEvents.length
      ? share(
          workEvents.reduce((sum, name) => sum + last30(name), 0),
          price && (workPerPrice * price) / 100,
        )
      : null,
  };
  const measured = Object.values(parts).filter((part) => part !== null);
  const mean = measured.reduce((sum, part) => sum + Math.min(1, part), 0) / measured.length;
  return { ...parts, value_score: measured.length ? Math.round(100 * mean) : null };
}
