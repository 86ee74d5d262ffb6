import type { ComputedTraits } from '../context/computed-traits.ts';
import { mayOffer } from '../save-offer/may-offer.ts';
import type { CampaignState } from '../state.ts';
import type { RenewalWidget } from '../widget/renewal.ts';
import type { SaveOffer } from '../widget/save-offer.ts';
import { isLapsed } from './is-lapsed.ts';
import { matchOffer } from './match-offer.ts';
import { renewalStage, type RenewalStage } from './renewal-stage.ts';

/** The key under `dismissals` of the win-back prompt; each renewal stage's is its number ("30", "15", …). */
export const WIN_BACK = 'win-back';

export type RenewalPrompt =
  | { variant: 'renewal'; stage: RenewalStage; offer: SaveOffer | undefined }
  | { variant: 'win-back'; offer: SaveOffer | undefined };

/**
 * What the renewal campaign shows this user now, if anything. A lapsed account (isLapsed) gets the win-back prompt;
 * otherwise, at a renewal stage (renewalStage) and at medium or high risk, the renewal prompt with the offer matched
 * to the risk signals (matchOffer). Each stage, and the win-back, shows until the user closes it or takes its offer
 * (`state.dismissals[stage]`): closing the 30-day prompt leaves the 15-day one to come. A discount never goes to a
 * low-risk user (mayOffer). `attributes`: buildContext's.
 */
export function renewalPrompt(
  widget: RenewalWidget,
  attributes: Record<string, unknown> & { account: Record<string, unknown>; computed: ComputedTraits },
  state: Pick<CampaignState, 'dismissals'>,
  now: Date,
): RenewalPrompt | undefined {
  const { risk, riskSignals } = attributes.computed;
  const done = (key: string) => state.dismissals?.[key] !== undefined;
  if (isLapsed(attributes, now)) {
    const { offer } = widget.winBack;
    return done(WIN_BACK) ? undefined : { variant: 'win-back', offer: offer && mayOffer(offer.kind, risk) ? offer : undefined };
  }
  const stage = renewalStage(attributes.computed.days_to_renewal);
  if (!stage || risk === 'low' || done(String(stage))) return undefined;
  return { variant: 'renewal', stage, offer: matchOffer(widget.offers, riskSignals, risk) };
}
