import type { ConditionFailure, explainCondition } from '../arbitration/explain-condition.ts';
import type { evalCondition } from '../condition/eval-condition.ts';
import type { CampaignState } from '../state.ts';
import type { Offer } from '../widget/upsell.ts';

/**
 * Why an offer is out for this user now, as data; describeOfferRejection says it in words. `audience`: the failing leaf
 * of its audience (none when no leaf can be named); `cooling-down`: dismissed `at`, back `until` (ISO).
 */
export type OfferRejection =
  | ({ offer: string; code: 'audience' } & Partial<ConditionFailure>)
  | { offer: string; code: 'cooling-down'; at: string; until: string };

export interface OfferChoice {
  /** the best eligible offer; undefined when none is */
  offer: Offer | undefined;
  /** why, as data (describeOfferChoice says it in words, for tests and tools, so the upsell chunk carries none) */
  reason: {
    /** ids of every eligible offer, best first */
    eligible: string[];
    rejected: OfferRejection[];
  };
}

/**
 * Core's condition functions, passed in rather than imported: the browser's upsell chunk then uses the runtime's copies
 * instead of carrying a second condition evaluator.
 */
export interface ConditionRules {
  evalCondition: typeof evalCondition;
  explainCondition: typeof explainCondition;
}

const DAY = 86_400_000;

/**
 * The single best offer for this user: of the offers whose audience matches `attributes` (buildContext's) and that
 * are not cooling down after a dismissal (`state.dismissals[offer.id]`), the highest score; a tie goes to the earlier
 * offer. Pure, so the card, tools and tests agree on the choice and the reason.
 */
export function chooseOffer(
  offers: readonly Offer[],
  attributes: Record<string, unknown>,
  state: Pick<CampaignState, 'dismissals'>,
  now: Date,
  { evalCondition, explainCondition }: ConditionRules,
): OfferChoice {
  const rejected: OfferRejection[] = [];
  const eligible: Offer[] = [];
  for (const offer of offers) {
    const at = state.dismissals?.[offer.id];
    const back = at ? Date.parse(at) + offer.cooldownDays * DAY : NaN;
    if (back > now.getTime()) rejected.push({ offer: offer.id, code: 'cooling-down', at: at!, until: new Date(back).toISOString() });
    else if (!evalCondition(attributes, offer.audience)) rejected.push({ offer: offer.id, code: 'audience', ...explainCondition(attributes, offer.audience) });
    else eligible.push(offer);
  }
  // Array sort is stable: equal scores keep the catalogue's order.
  eligible.sort((a, b) => b.score - a.score);
  return { offer: eligible[0], reason: { eligible: eligible.map((offer) => offer.id), rejected } };
}
