/**
 * Why a user cancels, the cancel flow's first question (SPEC §5), in the order it asks. Plain lists (no zod), so the
 * widget's chunk and the first script carry them without the schema library.
 */
export const CANCEL_REASONS = ['too_expensive', 'missing_features', 'hard_to_use', 'competitor', 'business_changed', 'other'] as const;

export type CancelReason = (typeof CANCEL_REASONS)[number];

/**
 * How a cancel flow ended (SPEC §7): `saved`, the user took an offer; `cancelled`, they confirmed; `dismissed`, they
 * closed it without deciding; `proceed`, GrowthKit could not run it and the host goes on with its own cancellation.
 */
export const CANCEL_OUTCOMES = ['saved', 'cancelled', 'dismissed', 'proceed'] as const;

/** What `cancelFlow()` resolves with, and what `gk.cancel_outcome` carries: the reason given and the offer put. */
export interface CancelFlowResult {
  outcome: (typeof CANCEL_OUTCOMES)[number];
  reason?: CancelReason;
  /** the user's words for `other` */
  text?: string;
  /** the id of the save offer put to the user */
  offer?: string;
}
