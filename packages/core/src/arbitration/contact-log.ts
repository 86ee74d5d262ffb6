import type { Contact, UserState } from '../state.ts';

/** contacts kept at most; far above any sensible weekly budget, so only a runaway loop reaches it */
export const CONTACT_LOG_MAX = 200;
const WEEK = 7 * 86_400_000;

const time = (contact: Contact) => Date.parse(contact.at);

/**
 * The union of two contact logs, one entry per instant and campaign, oldest first, without entries older than 7 days
 * before the newest one. Commutative, associative and idempotent, like mergeState: ties are broken by a total order.
 */
export function mergeContacts(a: readonly Contact[] = [], b: readonly Contact[] = []): Contact[] {
  const unique = new Map<string, Contact>();
  for (const contact of [...a, ...b]) {
    const key = `${time(contact)} ${contact.campaignId}`;
    const kept = unique.get(key);
    const before = kept && (contact.session === kept.session ? contact.at < kept.at : contact.session < kept.session);
    if (!kept || before) unique.set(key, contact);
  }
  const log = [...unique.values()].sort((x, y) => time(x) - time(y) || (x.campaignId < y.campaignId ? -1 : 1));
  const newest = log.length ? time(log[log.length - 1]) : 0;
  return log.filter((contact) => time(contact) > newest - WEEK).slice(-CONTACT_LOG_MAX);
}

/** The state with one more interruptive prompt in its log; the SDK calls it when it shows an interruptive campaign. */
export function recordContact(state: UserState, contact: Contact): UserState {
  return { ...state, contacts: mergeContacts(state.contacts, [contact]) };
}
