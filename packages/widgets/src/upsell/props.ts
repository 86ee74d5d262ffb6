import type { Offer } from '@growthkit/core';
import type { ReadonlySignal } from '@preact/signals';
import type { Localized } from '../localized.ts';

/** The offer as the user sees it: core's offer with its texts localised and placeholders filled in by the runtime. */
export type UpsellOfferView = Localized<Pick<Offer, 'id' | 'title' | 'value' | 'testimonial' | 'action'>>;

/**
 * The card shows the offer the runtime chose (the first of core's rankOffers), a signal it writes again when the choice
 * changes; the user's choices come back as callbacks.
 */
export interface UpsellProps {
  /** BCP 47 tag of the UI strings; also sets text direction */
  locale: string;
  /** the card's eyebrow, e.g. "Recommended for you" */
  heading: string;
  /** undefined: no offer for this user now, and no card */
  offer: ReadonlySignal<UpsellOfferView | undefined>;
  onAction(offerId: string): void;
  onDismiss(offerId: string): void;
}
