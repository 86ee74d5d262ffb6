import type { UserState } from '@growthkit/core';
import type { Identity } from '../identity.ts';
import type { EventCounters } from '../state/event-counters.ts';
import type { UsageMeters } from '../state/usage-meters.ts';
import type { DeviceSnapshot } from './decide-on-device.ts';

export interface DeviceParts {
  identity: Identity;
  counters: EventCounters;
  usage: UsageMeters;
  state: { current(): UserState };
}

/** What the device keeps about the user, as decideOnDevice reads it (the collector replays the same from events). */
export function deviceSnapshot({ identity, counters, usage, state }: DeviceParts) {
  const who = identity.who();
  return {
    userId: who.userId,
    anonymousId: who.anonymousId,
    traits: identity.traits(),
    account: identity.attributes().account as Record<string, unknown>,
    counters: counters.all(),
    usage: usage.all(),
    state: state.current(),
    // the account's value score, computed by the collector over every seat's events and sent with the state
    valueScore: state.current().value?.value_score,
    session: identity.currentSession(),
  } satisfies Partial<DeviceSnapshot>;
}
