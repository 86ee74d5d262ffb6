import { buildContext, decide, userTimeZone, type Config, type Counters, type Decision, type UsageMeters, type UserState } from '@growthkit/core';

type Traits = Record<string, unknown>;

/** Everything the device knows at one moment that targeting reads. */
export interface DeviceSnapshot {
  config: Pick<Config, 'campaigns' | 'settings'>;
  userId?: string;
  anonymousId: string;
  traits: Traits;
  /** the group's traits, with its id as `id` */
  account: Traits;
  counters: Counters;
  usage: UsageMeters;
  state: UserState;
  session: string;
  page: { url: string; path: string };
  locale: string;
  viewport?: { width: number; height: number };
  /** the browser's zone; a `timezone` trait wins (see userTimeZone) */
  timeZone: string;
  now: Date;
  /** `data-growthkit` slots on the page */
  slots?: readonly string[];
  showing?: readonly string[];
  manual?: string;
}

/**
 * Which campaigns show, hold or are skipped here and now, with the reasons: the device's side of core's decide. The
 * collector reaches the same decisions from the same history (apps/collector/src/eligibility).
 */
export function decideOnDevice(device: DeviceSnapshot): Decision[] {
  const { config, now } = device;
  const timeZone = userTimeZone(device.traits, device.timeZone);
  const context = buildContext({
    traits: device.traits,
    account: device.account,
    counters: device.counters,
    usage: device.usage,
    now,
    settings: config.settings,
    userId: device.userId,
    anonymousId: device.anonymousId,
    page: device.page,
    locale: device.locale,
    viewport: device.viewport,
    timeZone,
  });
  return decide({
    campaigns: config.campaigns,
    context,
    state: device.state,
    settings: config.settings,
    now,
    timeZone,
    session: device.session,
    slots: device.slots,
    showing: device.showing,
    manual: device.manual,
  });
}
