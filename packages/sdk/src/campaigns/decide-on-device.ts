import {
  buildContext,
  decide,
  userTimeZone,
  type Config,
  type Counters,
  type Decision,
  type UsageMeters,
  type UserState,
} from '@growthkit/core';

type Traits = Record<string, unknown>;

/** Everything the device knows at one moment that targeting reads. */
export interface DeviceSnapshot extends Pick<Config, 'campaigns' | 'settings'> {
  userId?: string;
  anonymousId: string;
  traits: Traits;
  /** the group's traits, with its id as `id` */
  account: Traits;
  counters: Counters;
  usage: UsageMeters;
  state: UserState;
  /** the account's value score from the collector's last state answer */
  valueScore?: number | null;
  session: string;
  page: { url: string; path: string };
  locale: string;
  viewport?: { width: number; height: number };
  /** the browser's zone; a `timezone` trait wins (see userTimeZone) */
  timeZone: string;
  now: Date;
  /** `data-growthkit` slots on the page */
  slots?: readonly string[];
  /** the host page has a modal open (hostModalOpen) */
  hostModal?: boolean;
  showing?: readonly string[];
  manual?: string;
  /** when the page view on screen began (ISO) */
  pageViewAt?: string;
}

/**
 * Which campaigns show, hold or are skipped here and now, each with its exact reason and details: the device's side of
 * core's decide (the first script is built without the reasons' words; the debug panel adds them). The collector
 * reaches the same decisions from the same history (apps/collector/src/eligibility).
 */
export function decideOnDevice(device: DeviceSnapshot): Decision[] {
  const timeZone = userTimeZone(device.traits, device.timeZone);
  // decide and buildContext each read the fields they know of the snapshot
  return decide({ ...device, timeZone, context: buildContext({ ...device, timeZone }) });
}
