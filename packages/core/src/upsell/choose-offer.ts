import { describeConditionFailure } from '../arbitration/describe-condition-failure.ts';
import type { explainCondition } from '../arbitration/explain-condition.ts';
import type { evalCondition } from '../condition/eval-condition.ts';
import type { CampaignState } from '../state.ts';
import type { Offer } from '../widget/upsell.ts';

/** Why an offer is out for this user now. */
export interface OfferRejection {
  offer: string;
  code: 'audience' | 'cooling-down';
  /** e.g. `computed.tier is "basic"; needs "growth"` or `dismissed at …; back at …` */
  message: string;
}

export interface OfferChoice {
  /** the best eligible offer; undefined when none is */
  offer: Offer | undefined;
  reason: {
    /** one sentence, for the debug panel and tests */
    message: string;
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
 * offer. Pure, so the card, the debug panel and tests agree on the choice and the reason.
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
    const dismissedAt = state.dismissals?.[offer.id];
    const back = dismissedAt ? Date.parse(dismissedAt) + offer.cooldownDays * DAY : NaN;
    if (back > now.getTime()) {
      rejected.push({ offer: offer.id, code: 'cooling-down', message: `dismissed at ${dismissedAt}; back at ${new Date(back).toISOString()}` });
    } else if (!evalCondition(attributes, offer.audience)) {
      rejected.push({ offer: offer.id, code: 'audience', message: describeConditionFailure(explainCondition(attributes, offer.audience) ?? {}) });
    } else eligible.push(offer);
  }
  // Array sort is stable: equal scores keep the catalogue's order.
  eligible.sort((a, b) => b.score - a.score);
  const [best, next] = eligible;
  const message = !best
    ? `no eligible offer (${rejected.map((r) => `${r.offer}: ${r.message}`).join('; ')})`
    : `"${best.id}" scores ${best.score}, ${
        !next ? 'the only eligible offer' : next.score === best.score ? `tied with "${next.id}" and listed first` : `above "${next.id}" (${next.score})`
      }${Object.keys(best.audience).length ? `; audience ${JSON.stringify(best.audience)} matches` : '; for everyone'}`;
  return { offer: best, reason: { message, eligible: eligible.map((o) => o.id), rejected } };
}
