import { recordEvent, type Counters } from '@growthkit/core';
import type { DeviceStore } from '../storage/device-store.ts';

/**
 * Event counters per event name for this user on this device (core's daily buckets over 30 days, so `last7` and
 * friends read the same as on the collector); completion rules (`doc_created` × 3) and targeting read them.
 */
export class EventCounters {
  private counters: Counters = {};
  /** events counted before the device copy arrived, replayed onto it */
  private early: [string, string][] | undefined = [];

  constructor(
    private readonly store: DeviceStore,
    private readonly cacheKey: string,
  ) {}

  async load(): Promise<void> {
    const early = this.early ?? [];
    this.early = undefined;
    // An old-format copy (no daily buckets) is dropped rather than misread.
    const saved = await this.store.get<Counters>('kv', this.cacheKey);
    this.counters = Object.fromEntries(Object.entries(saved ?? {}).filter(([, counter]) => counter?.days));
    for (const [name, at] of early) this.counters = recordEvent(this.counters, name, at);
    await this.save();
  }

  count(name: string, at: string): void {
    this.counters = recordEvent(this.counters, name, at);
    // Before load, saving would overwrite the device copy with these few events: load saves them onto it.
    if (this.early) this.early.push([name, at]);
    else void this.save();
  }

  total(name: string): number {
    return this.counters[name]?.total ?? 0;
  }

  all(): Counters {
    return this.counters;
  }

  async clear(): Promise<void> {
    this.counters = {};
    await this.store.delete('kv', [this.cacheKey]);
  }

  private save(): Promise<void> {
    return this.store.put('kv', this.cacheKey, this.counters);
  }
}
