import { mayOffer } from '../save-offer/may-offer.ts';
import type { CancelFlowWidget } from '../widget/cancel-flow.ts';
import type { SaveOffer, SaveOfferKind } from '../widget/save-offer.ts';
import type { CancelReason } from './cancel-outcome.ts';

/**
 * The playbook's answer to each reason, by kind of offer, best first: price → a discount or a cheaper plan; missing
 * features → the roadmap, then a say in it; hard to use → guided help; a competitor → what is new; the business
 * changed → a pause or a smaller plan; anything else → help.
 */
export const DEFAULT_SAVE_OFFERS: Record<CancelReason, readonly SaveOfferKind[]> = {
  too_expensive: ['discount', 'downgrade'],
  missing_features: ['roadmap', 'feedback'],
  hard_to_use: ['help'],
  competitor: ['whats_new'],
  business_changed: ['pause', 'downgrade'],
  other: ['help'],
};

/**
 * The save offer the cancel flow puts to a user who gave `reason`: the first of the campaign's `match[reason]` (offer
 * ids), or, for a reason it does not list, the catalogue's first offer of the reason's default kinds, best kind first.
 * A user in the cancel flow counts as at risk (mayOffer), so a discount may be among them. Undefined: no offer for
 * this reason; the flow goes straight to the confirmation.
 */
export function matchSaveOffer({ offers, match }: Pick<CancelFlowWidget, 'offers' | 'match'>, reason: CancelReason): SaveOffer | undefined {
  const listed = match[reason];
  const candidates = listed
    ? listed.flatMap((id) => offers.filter((offer) => offer.id === id))
    : DEFAULT_SAVE_OFFERS[reason].flatMap((kind) => offers.filter((offer) => offer.kind === kind));
  return candidates.find((offer) => mayOffer(offer.kind, 'high'));
}
