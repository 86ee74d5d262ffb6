import { computeValueScore, COUNTER_DAYS, type Counters, type PublicSettings, type UserState } from '@growthkit/core';
import type { AccountUsage, Store } from '../store/store.ts';

const DAY_MS = 86_400_000;

/** The account's counters of the scorecard's 30 UTC days, from its usage per name and day (in day order). */
function accountCounters(days: AccountUsage['days']): Counters {
  const counters: Counters = {};
  for (const { name, day, count, first, last } of days) {
    const counter = counters[name];
    counters[name] = {
      total: (counter?.total ?? 0) + count,
      first: counter?.first ?? first,
      last,
      days: { ...counter?.days, [day]: count },
    };
  }
  return counters;
}

/**
 * The value scorecard the collector sends with a user's state (UserState `value`): core's computeValueScore over every
 * seat's events of the account in the last 30 UTC days and its active seats in those days. Undefined without an account.
 * @param account the account's traits with its id as `id`, as replayHistory gives them
 */
export async function accountValue(
  store: Store,
  project: { id: string; settings: PublicSettings },
  account: Record<string, unknown>,
  now: Date,
): Promise<UserState['value']> {
  if (typeof account.id !== 'string') return undefined;
  return scoreAccountUsage(account, await store.accountUsage(project.id, account.id, scorecardSince(now)), project.settings, now);
}

/** The first instant of the scorecard's 30 UTC days up to `now`: what accountUsage is read from. */
export const scorecardSince = (now: Date) => new Date((Math.floor(now.getTime() / DAY_MS) - (COUNTER_DAYS - 1)) * DAY_MS);

/** The scorecard of an account from its usage since scorecardSince(now) (core's computeValueScore). */
export function scoreAccountUsage(
  account: Record<string, unknown>,
  usage: AccountUsage,
  settings: PublicSettings,
  now: Date,
): NonNullable<UserState['value']> {
  const score = computeValueScore({
    account,
    counters: accountCounters(usage.days),
    activeSeats: usage.activeSeats,
    now,
    settings: settings.value,
  });
  return { ...score, at: now.toISOString() };
}
