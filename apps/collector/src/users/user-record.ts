import type { Campaign, PublicSettings, UserState } from '@growthkit/core';
import { replayHistory, type ReplayedHistory } from '../eligibility/replay-history.ts';
import type { Store, StoredEvent } from '../store/store.ts';
import { accountValue } from '../value/account-value.ts';

/** What the collector knows of one user: their stored events, those events replayed, and their account's scorecard. */
export interface UserRecord {
  userId: string;
  events: StoredEvent[];
  history: ReplayedHistory;
  /** the project's live campaigns, whose event triggers the replay counted as the device does */
  campaigns: Campaign[];
  /** the value scorecard of the account the user belongs to (undefined without one) */
  value: UserState['value'];
}

/**
 * Reads a user's events and replays them as the device counts them (a trigger's counter for each live campaign's event
 * trigger); the account is the one of their latest `group`, and its scorecard comes along.
 */
export async function readUserRecord(
  store: Store,
  project: { id: string; settings: PublicSettings },
  userId: string,
  now: Date,
): Promise<UserRecord> {
  const [events, campaigns] = await Promise.all([store.userEvents(project.id, userId), store.liveCampaigns(project.id)]);
  const history = replayHistory(
    events,
    campaigns.map((campaign) => campaign.trigger),
  );
  return { userId, events, history, campaigns, value: await accountValue(store, project, history.account, now) };
}

/**
 * The scorecard of the user's account alone, as every state answer carries it: the account comes from replaying the
 * user's `group` events only, which is all replayHistory's account depends on, so a page load reads no more.
 */
export async function readUserAccountValue(
  store: Store,
  project: { id: string; settings: PublicSettings },
  userId: string,
  now: Date,
): Promise<UserState['value']> {
  const { account } = replayHistory(await store.userEvents(project.id, userId, { type: 'group' }));
  return accountValue(store, project, account, now);
}
