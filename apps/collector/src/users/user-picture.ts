import type { PublicSettings, UserPicture, UserState } from '@growthkit/core';
import { userContext } from '../eligibility/user-eligibility.ts';
import type { UserRecord } from './user-record.ts';

/** how many of the user's latest events the picture lists */
const PICTURE_EVENTS = 20;

/**
 * One user's picture for support and success teams (SPEC §9): who they are, what core computes of them now (the
 * context the SDK would build, with the account's value score), what they did, which variants they got and where
 * they are in each widget.
 */
export function userPicture(user: UserRecord, state: UserState, settings: PublicSettings, now: Date): UserPicture {
  const { userId, history, events, value } = user;
  const { context } = userContext({ history, settings, now, valueScore: value?.value_score });
  // A variant the device has not synced yet is still known from the first exposure the collector stored.
  const exposed: NonNullable<UserState['experiments']> = {};
  for (const event of events)
    if (event.name === 'gk.exposure' && event.experiment && event.variant && !exposed[event.experiment])
      exposed[event.experiment] = { variant: event.variant, at: event.ts };
  return {
    userId,
    at: now.toISOString(),
    traits: history.traits,
    account: history.account,
    computed: context.computed,
    value: value ?? null,
    counters: context.counters,
    usage: context.usage,
    experiments: { ...exposed, ...state.experiments },
    widgets: { campaigns: state.campaigns, contacts: state.contacts ?? [] },
    lastEvents: events.slice(-PICTURE_EVENTS).reverse(),
    eventCount: events.length,
  };
}
