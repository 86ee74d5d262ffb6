import type { Risk, RiskSignal } from '../context/risk.ts';
import { mayOffer } from '../save-offer/may-offer.ts';
import type { RenewalOffer } from '../widget/renewal.ts';

/** The first offer in the campaign's list answering one of the user's risk signals that `risk` may be offered (mayOffer). */
export function matchOffer(offers: readonly RenewalOffer[], signals: readonly RiskSignal[], risk: Risk): RenewalOffer | undefined {
  return offers.find((offer) => offer.signals.some((signal) => signals.includes(signal)) && mayOffer(offer.kind, risk));
}
