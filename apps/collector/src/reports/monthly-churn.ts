/** The average month, 365.25 / 12 days: the length every "monthly" churn rate is scaled to. */
const MONTH_DAYS = 30.4375;

/**
 * Churn `rate` seen over `days` as the churn of an average month, assuming a constant hazard:
 * 1 − (1 − rate)^(MONTH_DAYS / days). A 15-day interval's churn read as monthly would halve the lifetime; a 31-day
 * month's is scaled down a little, a 28-day February's up. Null when nothing was seen (no rate, or no day yet).
 */
export function monthlyChurn(rate: number | null, days: number): number | null {
  if (rate === null || days <= 0) return null;
  return 1 - (1 - rate) ** (MONTH_DAYS / days);
}
