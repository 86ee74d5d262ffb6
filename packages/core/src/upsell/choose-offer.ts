import type { ConditionFailure } from '../condition/condition-failure.ts';
import type { explainCondition } from '../condition/explain-condition.ts';
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
  /** why, as data (describeOfferChoice says it in words, for tests and tools, so the browser carries none) */
  reason: {
    /** ids of every eligible offer, best first */
    eligible: string[];
    rejected: OfferRejection[];
  };
}

/**
 * Core's condition functions, which the caller passes: the SDK's runtime its evalCondition (rankOffers), tools and
 * tests both (chooseOffer explains the offers left out).
 */
export interface ConditionRules {
  evalCondition: typeof evalCondition;
  explainCondition: typeof explainCondition;
}

const DAY = 86_400_000;

/** When a dismissed offer may show again (ms since the epoch); NaN, which no time is before, for one never dismissed. */
function backAt(offer: Offer, state: Pick<CampaignState, 'dismissals'>): number {
  const at = state.dismissals?.[offer.id];
  return at ? Date.parse(at) + offer.cooldownDays * DAY : NaN;
}

/**
 * The offers this user may see now, best first: those whose audience matches `attributes` (buildContext's) and that
 * are not cooling down after a dismissal (`state.dismissals[offer.id]`), by score; a tie keeps the catalogue's order.
 * The browser's upsell card shows the first; chooseOffer adds why the others are out, for tools and tests.
 */
export function rankOffers(
  offers: readonly Offer[],
  attributes: Record<string, unknown>,
  state: Pick<CampaignState, 'dismissals'>,
  now: Date,
  { evalCondition }: Pick<ConditionRules, 'evalCondition'>,
): Offer[] {
  // Array sort is stable: equal scores keep the catalogue's order.
  return offers
    .filter((offer) => !(backAt(offer, state) > now.getTime()) && evalCondition(attributes, offer.audience))
    .sort((a, b) => b.score - a.score);
}

/**
 * The single best offer for this user (rankOffers' first) and, as data, why each other offer is out. Pure, so the
 * card, tools and tests agree on the choice and the reason.
 */
export function chooseOffer(
  offers: readonly Offer[],
  attributes: Record<string, unknown>,
  state: Pick<CampaignState, 'dismissals'>,
  now: Date,
  rules: ConditionRules,
): OfferChoice {
  const eligible = rankOffers(offers, attributes, state, now, rules);
  const rejected = offers
    .filter((offer) => !eligible.includes(offer))
    .map((offer): OfferRejection => {
      const back = backAt(offer, state);
      return back > now.getTime()
        ? { offer: offer.id, code: 'cooling-down', at: state.dismissals![offer.id]!, until: new Date(back).toISOString() }
        : { offer: offer.id, code: 'audience', ...rules.explainCondition(attributes, offer.audience) };
    });
  return { offer: eligible[0], reason: { eligible: eligible.map((offer) => offer.id), rejected } };
}
