import { recordEvent, type Counters } from '@growthkit/core';
import type { LocalValues } from '../local-values.ts';
import { DeviceRecord } from '../storage/device-record.ts';

/**
 * Event counters per event name for this user on this device (core's daily buckets over 30 days, so `last7` and
 * friends read the same as on the collector); completion rules (`doc_created` × 3) and targeting read them.
 */
export class EventCounters extends DeviceRecord<Counters> {
  constructor(device: LocalValues, cacheKey: string) {
    // An old-format copy (no daily buckets) is dropped rather than misread.
    super(
      device,
      cacheKey,
      () => ({}),
      (saved) => Object.values(saved).every((counter) => counter?.days),
    );
  }

  count(name: string, at: string): void {
    this.change((counters) => recordEvent(counters, name, at));
  }

  total(name: string): number {
    return this.all()[name]?.total ?? 0;
  }
}
