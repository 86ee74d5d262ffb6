import type { CancelReason, SaveOffer } from '@growthkit/core';
import type { Headline } from '../headline.ts';
import type { Localized } from '../localized.ts';

/** A save offer as the user reads it: core's offer with its texts localised and placeholders filled in. */
export type CancelOfferView = Localized<Pick<SaveOffer, 'id' | 'title' | 'body' | 'accept'>>;

/** What the user said on the reason step: the reason chosen, if any, and their words for `other`. */
export interface CancelAnswer {
  reason?: CancelReason;
  text?: string;
}

/**
 * The cancel flow steps through reason → offer → confirmation by itself; the offer for a reason comes from the
 * runtime (core's matchSaveOffer), and each decision leaves as a callback. `onDismiss` (Escape, ×): no decision.
 */
export interface CancelFlowProps extends Headline {
  /** the reasons asked for, in order */
  reasons: readonly CancelReason[];
  /** the offer matched to the answer; undefined goes straight to the confirmation */
  offerFor(answer: CancelAnswer): CancelOfferView | undefined;
  /** the offer is on screen */
  onOffer(answer: CancelAnswer, offerId: string): void;
  /** the user took the offer: saved */
  onAccept(answer: CancelAnswer, offerId: string): void;
  /** the user confirmed the cancellation: cancelled */
  onConfirm(answer: CancelAnswer, offerId?: string): void;
}
