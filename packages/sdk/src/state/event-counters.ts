import { recordEvent, type Counters } from '@growthkit/core';
import { DeviceRecord } from '../storage/device-record.ts';
import type { DeviceStore } from '../storage/device-store.ts';

/**
 * Event counters per event name for this user on this device (core's daily buckets over 30 days, so `last7` and
 * friends read the same as on the collector); completion rules (`doc_created` × 3) and targeting read them.
 */
export class EventCounters {
  readonly #record: DeviceRecord<Counters>;

  constructor(store: DeviceStore, cacheKey: string) {
    // An old-format copy (no daily buckets) is dropped rather than misread.
    this.#record = new DeviceRecord<Counters>(store, cacheKey, () => ({}), (saved) => Object.values(saved).every((counter) => counter?.days));
  }

  load = () => this.#record.load();
  clear = () => this.#record.clear();

  count(name: string, at: string): void {
    this.#record.change((counters) => recordEvent(counters, name, at));
  }

  total(name: string): number {
    return this.#record.get()[name]?.total ?? 0;
  }

  all(): Counters {
    return this.#record.get();
  }
}
