import type { CustomerMatch } from '@growthkit/core';
import { replayHistory } from '../eligibility/replay-history.ts';
import type { CustomerKey, Store } from '../store/store.ts';

const text = (value: unknown) => (typeof value === 'string' ? value : null);

/** A user's name: `name`, else `first_name` and `last_name` as far as they are given. */
const personName = (traits: Record<string, unknown>) =>
  text(traits.name) ?? ([text(traits.first_name), text(traits.last_name)].filter(Boolean).join(' ') || null);

/**
 * What a person recognises a search's match by: a user's traits (their `identify` events merged) and account (their
 * latest `group`), an account's traits (its `group` events merged). Each match's events of that type only are read.
 */
export async function customerMatch(store: Store, projectId: string, { kind, id }: CustomerKey): Promise<CustomerMatch> {
  if (kind === 'account') {
    const { account } = replayHistory(await store.accountEvents(projectId, id, { type: 'group' }));
    return { kind, id, name: text(account.name), email: text(account.email), company: text(account.company), accountId: null };
  }
  const [identifies, groups] = await Promise.all([
    store.userEvents(projectId, id, { type: 'identify' }),
    store.userEvents(projectId, id, { type: 'group' }),
  ]);
  const { traits } = replayHistory(identifies);
  const { account } = replayHistory(groups);
  return {
    kind,
    id,
    name: personName(traits),
    email: text(traits.email),
    company: text(traits.company),
    accountId: text(account.id),
  };
}
