import type { Campaign } from '../campaign.ts';

/**
 * A campaign interrupts when it floats: it has no slot, or its slot is not on the page (`slots`, when known), in which
 * case it floats too. An inline widget in the host's slot does not interrupt and spends no contact budget.
 */
export function isInterruptive(campaign: Campaign, slots?: readonly string[]): boolean {
  const slot = campaign.placement.slot;
  return !slot || (!!slots && !slots.includes(slot));
}
