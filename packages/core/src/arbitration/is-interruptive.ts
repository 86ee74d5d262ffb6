import type { Campaign } from '../campaign.ts';

/**
 * A campaign interrupts when it floats (its placement has no slot). An inline widget never floats, even while its slot
 * is missing (it waits for it), so it neither interrupts nor spends the contact budget.
 */
export function isInterruptive(campaign: Campaign): boolean {
  return !('slot' in campaign.placement);
}
