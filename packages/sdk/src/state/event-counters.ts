import type { DeviceStore } from '../storage/device-store.ts';

/** How often and when an event happened on this device for this user. */
export interface EventCounter {
  total: number;
  /** ISO times */
  first: string;
  last: string;
}

/** Event counters per event name, kept on the device; completion rules (`doc_created` × 3) read them. */
export class EventCounters {
  private counters: Record<string, EventCounter> = {};

  constructor(
    private readonly store: DeviceStore,
    private readonly cacheKey: string,
  ) {}

  async load(): Promise<void> {
    const saved = await this.store.get<Record<string, EventCounter>>('kv', this.cacheKey);
    // Events counted before the device copy arrived add to it.
    for (const [name, counter] of Object.entries(saved ?? {})) {
      const now = this.counters[name];
      this.counters[name] = now
        ? { total: counter.total + now.total, first: counter.first, last: now.last }
        : counter;
    }
    await this.save();
  }

  count(name: string, ts: string): void {
    const counter = this.counters[name];
    this.counters[name] = counter ? { ...counter, total: counter.total + 1, last: ts } : { total: 1, first: ts, last: ts };
    void this.save();
  }

  total(name: string): number {
    return this.counters[name]?.total ?? 0;
  }

  async clear(): Promise<void> {
    this.counters = {};
    await this.store.delete('kv', [this.cacheKey]);
  }

  private save(): Promise<void> {
    return this.store.put('kv', this.cacheKey, this.counters);
  }
}
