import { isBillingEvent, type EventCheck } from '@growthkit/core';
import type { Caller } from '../auth/authenticate.ts';

/**
 * Billing facts (SPEC §9) feed the revenue metrics, so only the host's server may send them, with the secret key: the
 * publishable key is in every visitor's page, and an MRR sent with it would be anyone's to make up.
 */
export function billingKeyCheck({ kind }: Caller): EventCheck {
  if (kind !== 'publishable') return () => undefined;
  return ({ name }) =>
    isBillingEvent(name)
      ? {
          field: 'name',
          message: `${name} is a billing event, which the publishable key may not send: send it from your server with Authorization: Bearer sk_…`,
        }
      : undefined;
}
