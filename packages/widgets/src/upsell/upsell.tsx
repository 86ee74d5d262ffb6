import { Component, h } from 'preact';
import { Announcer } from '../announcer.tsx';
import { direction } from '../i18n/direction.ts';
import { format } from '../i18n/format.ts';
import { OfferCard } from './offer-card.tsx';
import type { UpsellOfferView, UpsellProps } from './props.ts';
import { strings } from './strings.ts';

/**
 * The personalized upsell card: the one offer chosen for this user, inline in the host's slot. This root renders
 * once; the card inside follows the offer.
 */
export class Upsell extends Component<UpsellProps> {
  /** the offer the user just dismissed, until the next one is on screen */
  declare dismissed?: string;

  dismiss = (offerId: string) => {
    this.dismissed = offerId;
    this.props.onDismiss(offerId);
  };

  // After a dismissal the next offer takes the card's place under the user's focus (the dismiss button stays); say so.
  // An offer the runtime swaps in by itself is only shown.
  say = (now: UpsellOfferView | undefined, before: UpsellOfferView | undefined) => {
    if (now?.id === before?.id) return undefined;
    const dismissed = this.dismissed;
    this.dismissed = undefined;
    const { locale } = this.props;
    return now && dismissed && now.id !== dismissed ? format(strings(locale).next, locale, { title: now.title }) : undefined;
  };

  render(props: UpsellProps) {
    const { locale } = props;
    return (
      <div class="kit upsell" dir={direction(locale)} lang={locale}>
        <OfferCard {...props} onDismiss={this.dismiss} />
        <Announcer source={props.offer} say={this.say} />
      </div>
    );
  }
}
