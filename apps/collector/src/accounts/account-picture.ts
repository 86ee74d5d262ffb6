import { computeTraits, traitTime, type AccountPicture, type AccountUser, type PublicSettings, type Trigger } from '@growthkit/core';
import { replayHistory } from '../eligibility/replay-history.ts';
import { userContext } from '../eligibility/user-eligibility.ts';
import type { Store } from '../store/store.ts';
import { accountValue } from '../value/account-value.ts';

/** the most users one picture lists; an account with more shows the riskiest */
const PICTURE_USERS = 200;

const RISK_ORDER = { high: 0, medium: 1, low: 2 } as const;
/** the `seats` trait as the scorecard reads it (a positive number); null otherwise */
const paidSeats = (seats: unknown) => {
  const number = Number(seats);
  return Number.isFinite(number) && number > 0 ? number : null;
};

/**
 * A user of the account as the picture lists them: their events replayed as the device counts them and core's
 * computed traits with the account's value score (the user picture's code path), unless their latest `group` names
 * another account (they moved).
 */
async function accountUser(
  store: Store,
  project: { id: string; settings: PublicSettings },
  accountId: string,
  userId: string,
  context: { triggers: Trigger[]; valueScore: number | null; now: Date },
): Promise<AccountUser | undefined> {
  const events = await store.userEvents(project.id, userId);
  const history = replayHistory(events, context.triggers);
  if (history.account.id !== undefined && history.account.id !== accountId) return undefined;
  const { computed } = userContext({ history, settings: project.settings, now: context.now, valueScore: context.valueScore }).context;
  const lastSeen = events.reduce((latest, event) => (Date.parse(event.ts) > Date.parse(latest) ? event.ts : latest), events[0]!.ts);
  return { userId, traits: history.traits, computed, lastSeen: new Date(lastSeen).toISOString(), eventCount: events.length };
}

/**
 * One account's picture for a success manager before a renewal call (SPEC §9): its traits (its `group` events merged
 * in time order, as the SDK merges them), its tier and renewal as core's computeTraits reads them, the value scorecard
 * its users' state carries (accountValue), and its users with each one's risk. Undefined when no event names it.
 */
export async function accountPicture(
  store: Store,
  project: { id: string; settings: PublicSettings },
  accountId: string,
  now: Date,
): Promise<AccountPicture | undefined> {
  const [groups, userIds, campaigns] = await Promise.all([
    store.accountEvents(project.id, accountId, { type: 'group' }),
    store.accountUserIds(project.id, accountId),
    store.liveCampaigns(project.id),
  ]);
  if (groups.length === 0 && userIds.length === 0) return undefined;
  const { id: _, ...traits } = replayHistory(groups).account;
  const value = await accountValue(store, project, { ...traits, id: accountId }, now);
  const valueScore = value?.value_score ?? null;
  const computed = computeTraits({ account: traits, now, settings: project.settings, valueScore });
  const triggers = campaigns.map((campaign) => campaign.trigger);
  const users = (
    await Promise.all(userIds.map((userId) => accountUser(store, project, accountId, userId, { triggers, valueScore, now })))
  ).flatMap((user) => user ?? []);
  users.sort((a, b) => RISK_ORDER[a.computed.risk] - RISK_ORDER[b.computed.risk] || (a.userId < b.userId ? -1 : 1));
  const renewsAt = traitTime(traits.renews_at);
  return {
    accountId,
    at: now.toISOString(),
    traits,
    tier: computed.tier,
    renewal: {
      renewsAt: Number.isNaN(renewsAt) ? null : new Date(renewsAt).toISOString(),
      daysToRenewal: computed.days_to_renewal ?? null,
    },
    value: value ?? null,
    seats: { paid: paidSeats(traits.seats), users: users.length },
    risk: {
      low: users.filter((user) => user.computed.risk === 'low').length,
      medium: users.filter((user) => user.computed.risk === 'medium').length,
      high: users.filter((user) => user.computed.risk === 'high').length,
    },
    users: users.slice(0, PICTURE_USERS),
  };
}
