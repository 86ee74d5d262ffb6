/**
 * Why a user cancels, the cancel flow's first question (SPEC §5), in the order it asks. A plain list (no zod), so the
 * widget's chunk can carry it without the schema library.
 */
export const CANCEL_REASONS = ['too_expensive', 'missing_features', 'hard_to_use', 'competitor', 'business_changed', 'other'] as const;

export type CancelReason = (typeof CANCEL_REASONS)[number];
