import type { CustomerKind } from '@growthkit/core';
import { BASE } from '../routing/location.ts';

/** Each customer's page has its own URL: a user's under customers/, an account's under customers/accounts/. */
export function customerHref(kind: CustomerKind, id: string): string {
  return kind === 'user' ? `${BASE}/customers/${encodeURIComponent(id)}` : `${BASE}/customers/accounts/${encodeURIComponent(id)}`;
}

/** The customers page with a search's text in its URL, so a search can be gone back to and shared. */
export const searchHref = (query: string) => (query ? `${BASE}/customers?${new URLSearchParams({ query })}` : `${BASE}/customers`);
