import { traitTime } from '../context/trait-time.ts';

/**
 * Whether the account has lapsed: its renewal date passed without a new one (`days_to_renewal` 0 or less), or the host
 * recorded a cancellation, the trait `cancelled_at` (ISO string or epoch ms; the account's, set by `group`, then the
 * user's, as `renews_at` is read) at or before `now`. `attributes`: buildContext's.
 */
export function isLapsed(
  attributes: Record<string, unknown> & { account: Record<string, unknown>; computed: { days_to_renewal?: number } },
  now: Date,
): boolean {
  const days = attributes.computed.days_to_renewal;
  return (days !== undefined && days <= 0) || traitTime(attributes.account.cancelled_at ?? attributes.cancelled_at) <= now.getTime();
}
