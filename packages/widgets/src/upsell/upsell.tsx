import { h } from 'preact';
import { direction } from '../i18n/direction.ts';
import { OfferCard } from './offer-card.tsx';
import type { UpsellProps } from './props.ts';

/**
 * The personalized upsell card: the one offer chosen for this user, inline in the host's slot. This root renders
 * once; the card inside follows the offer. "Not interested" takes the card off this page (the runtime shows the next
 * best offer on a later one), so no other offer takes its place under the user's focus.
 */
export function Upsell(props: UpsellProps) {
  const { locale } = props;
  return (
    <div class="kit upsell" dir={direction(locale)} lang={locale}>
      <OfferCard {...props} />
    </div>
  );
}
