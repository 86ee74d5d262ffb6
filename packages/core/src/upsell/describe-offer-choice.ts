import { describeConditionFailure } from '../arbitration/describe-condition-failure.ts';
import type { Offer } from '../widget/upsell.ts';
import type { OfferChoice, OfferRejection } from './choose-offer.ts';

/** An offer's rejection in words, e.g. `computed.tier is "basic"; needs "growth"` or `dismissed at …; back at …`. */
export function describeOfferRejection(rejection: OfferRejection): string {
  return rejection.code === 'cooling-down'
    ? `dismissed at ${rejection.at}; back at ${rejection.until}`
    : describeConditionFailure(rejection);
}

/**
 * chooseOffer's choice in one sentence, e.g. `"growth-seats" scores 80, above "growth-analytics" (60); audience
 * {"computed.tier":"growth"} matches`, or every offer's rejection when none is eligible. `offers` is the catalogue the
 * choice was made from. Kept apart from chooseOffer so the browser carries no words.
 */
export function describeOfferChoice({ offer: best, reason }: OfferChoice, offers: readonly Offer[]): string {
  if (!best)
    return `no eligible offer (${reason.rejected.map((rejection) => `${rejection.offer}: ${describeOfferRejection(rejection)}`).join('; ')})`;
  const next = offers.find((offer) => offer.id === reason.eligible[1]);
  const audience = Object.keys(best.audience).length ? `audience ${JSON.stringify(best.audience)} matches` : 'for everyone';
  return `"${best.id}" scores ${best.score}, ${rankAgainst(best, next)}; ${audience}`;
}

/** How the chosen offer ranks against the runner-up, if there is one. */
function rankAgainst(best: Offer, next: Offer | undefined): string {
  if (!next) return 'the only eligible offer';
  if (next.score === best.score) return `tied with "${next.id}" and listed first`;
  return `above "${next.id}" (${next.score})`;
}
