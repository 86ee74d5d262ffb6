/** The offer as the user sees it: texts localised and placeholders filled in by the runtime. */
export interface UpsellOfferView {
  id: string;
  title: string;
  /** the quantified value, e.g. "Saves about 10 h a month" */
  value: string;
  testimonial?: { quote: string; author: string };
  /** `url` opens a link; otherwise the runtime fires the host's `cta` callback */
  action: { label: string; url?: string };
}

/** The card renders the offer the runtime chose (the first of core's rankOffers); the user's choices come back as callbacks. */
export interface UpsellProps {
  /** BCP 47 tag of the UI strings; also sets text direction */
  locale: string;
  /** the card's eyebrow, e.g. "Recommended for you" */
  heading: string;
  offer: UpsellOfferView | undefined;
  onAction(offerId: string): void;
  onDismiss(offerId: string): void;
}
