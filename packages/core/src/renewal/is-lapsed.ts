import { traitTime } from '../context/trait-time.ts';

/**
 * Whether the account has lapsed: its renewal date passed without a new one (`days_to_renewal` 0 or less), or the host
 * recorded a cancellation, the account trait `cancelled_at` (set by `group`; ISO string or epoch ms) at or before `now`.
 * `attributes`: buildContext's.
 */
export function isLapsed(attributes: { account: Record<string, unknown>; computed: { days_to_renewal?: number } }, now: Date): boolean {
  const days = attributes.computed.days_to_renewal;
  return (days !== undefined && days <= 0) || traitTime(attributes.account.cancelled_at) <= now.getTime();
}
