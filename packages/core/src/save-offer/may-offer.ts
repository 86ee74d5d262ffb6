import type { Risk } from '../context/risk.ts';
import type { SaveOfferKind } from '../widget/save-offer.ts';

/**
 * Contact discipline (SPEC §2): a discount goes only to someone at risk, since discounting users who would stay anyway
 * damages pricing. A user in the cancel flow counts as at risk. Every other kind of offer may go to anyone.
 */
export function mayOffer(kind: SaveOfferKind, risk: Risk): boolean {
  return kind !== 'discount' || risk !== 'low';
}
