/** The days before `renews_at` at which the renewal prompt comes, the last one first. */
const RENEWAL_STAGES = [1, 7, 15, 30] as const;

export type RenewalStage = (typeof RENEWAL_STAGES)[number];

/**
 * The stage `daysToRenewal` (computed.days_to_renewal) falls in: the last stage it has reached, so a user who first
 * comes back 12 days before renewal still gets the 15-day prompt. Undefined more than 30 days before, and once past.
 */
export function renewalStage(daysToRenewal: number | undefined): RenewalStage | undefined {
  if (daysToRenewal === undefined || daysToRenewal < 1) return undefined;
  return RENEWAL_STAGES.find((stage) => daysToRenewal <= stage);
}
