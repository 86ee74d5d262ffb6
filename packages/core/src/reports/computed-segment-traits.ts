import type { ComputedTraits } from '../context/computed-traits.ts';

/**
 * The computed traits (SPEC §6) a report's `segment=<trait>:<value>` may name. Such a segment keeps to the users whose
 * value, computed now as their user picture computes it, is the one asked (a list such as riskSignals: holds it); a
 * stored trait of the same name is never read.
 */
export const COMPUTED_SEGMENT_TRAITS = [
  'risk',
  'riskSignals',
  'tier',
  'value_score',
  'days_since_signup',
  'days_to_renewal',
] as const satisfies readonly (keyof ComputedTraits)[];

export type ComputedSegmentTrait = (typeof COMPUTED_SEGMENT_TRAITS)[number];

/** Whether a segment's trait is one of COMPUTED_SEGMENT_TRAITS. */
export const isComputedSegmentTrait = (trait: string): trait is ComputedSegmentTrait =>
  (COMPUTED_SEGMENT_TRAITS as readonly string[]).includes(trait);
