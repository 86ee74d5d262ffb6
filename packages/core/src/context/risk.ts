import type { Counters } from './counter-schema.ts';
import { NEGATIVE_FEEDBACK_COUNTER } from '../survey/negative-feedback.ts';
import { countDays } from './event-counters.ts';

export type RiskSignal = 'usage_drop' | 'narrowed_use' | 'negative_feedback' | 'silent' | 'low_value';
export type Risk = 'low' | 'medium' | 'high';

/** the event a host tracks when a user complains (support ticket, angry feedback) */
export const COMPLAINT_EVENT = 'complaint';
/** weekly events below which a drop is noise, not a signal */
const MIN_WEEKLY_BASE = 3;

/**
 * The risk signals of SPEC §2, from the event counters (product events only: GrowthKit's own `gk.*` events are not use)
 * and the `nps` trait: usage_drop — each of the last two weeks has less than half the weekly average of the two weeks
 * before; narrowed_use — advanced events in days 14–29 ago, none in the last 14 days while other use goes on;
 * negative_feedback — `nps` ≤ 6, or a `complaint` event or a negative survey answer (negative-feedback.ts) in the last 30 days; silent — no product event for 14 days;
 * low_value — `lowValue`, the value scorecard's verdict (computeTraits). One signal → medium, two or more → high.
 */
export function computeRisk(
  traits: Record<string, unknown>,
  account: Record<string, unknown>,
  counters: Counters,
  now: Date,
  advancedEvents: readonly string[] = [],
  lowValue = false,
): { risk: Risk; riskSignals: RiskSignal[] } {
  const product = Object.keys(counters).filter((name) => !name.startsWith('gk.'));
  const sum = (names: string[], from: number, to: number) =>
    names.reduce((total, name) => total + countDays(counters[name], now, from, to), 0);
  const advanced = product.filter((name) => advancedEvents.includes(name));
  const basic = product.filter((name) => !advancedEvents.includes(name));
  const base = sum(product, 14, 28) / 2;
  const nps = Number(traits.nps ?? account.nps ?? NaN);
  const lastUse = Math.max(...product.map((name) => Date.parse(counters[name].last)));
  const riskSignals = (
    [
      ['usage_drop', base >= MIN_WEEKLY_BASE && sum(product, 0, 7) < base / 2 && sum(product, 7, 14) < base / 2],
      ['narrowed_use', sum(advanced, 14, 30) > 0 && sum(advanced, 0, 14) === 0 && sum(basic, 0, 14) > 0],
      ['negative_feedback', nps <= 6 || sum([COMPLAINT_EVENT, NEGATIVE_FEEDBACK_COUNTER], 0, 30) > 0],
      ['silent', product.length > 0 && now.getTime() - lastUse >= 14 * 86_400_000],
      ['low_value', lowValue],
    ] as const
  )
    .filter(([, fired]) => fired)
    .map(([signal]) => signal);
  return { risk: riskLevel(riskSignals.length), riskSignals };
}

/** One signal is medium risk, two or more high. */
function riskLevel(signals: number): Risk {
  if (signals > 1) return 'high';
  if (signals === 1) return 'medium';
  return 'low';
}
