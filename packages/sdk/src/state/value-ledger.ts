import { recordValueEvent, type ValueCounts } from '@growthkit/core';
import type { DeviceStore } from '../storage/device-store.ts';

/**
 * Per-day event counts in the user's time zone over 62 days, plus all-time totals, for value summaries ("last 30 days
 * against the 30 before"). Kept on the device beside the event counters (which keep 30 UTC days). Like them it counts
 * what this device saw since the user was identified here; the collector's stored events hold the full history.
 */
export class ValueLedger {
  private counts: ValueCounts = { days: {}, totals: {} };
  /** events counted before the device copy arrived, replayed onto it */
  private early: [string, string][] | undefined = [];

  constructor(
    private readonly store: DeviceStore,
    private readonly cacheKey: string,
    private readonly timeZone: string,
  ) {}

  async load(): Promise<void> {
    const early = this.early ?? [];
    this.early = undefined;
    const saved = await this.store.get<ValueCounts>('kv', this.cacheKey);
    this.counts = saved?.days && saved.totals ? saved : { days: {}, totals: {} };
    for (const [name, at] of early) this.counts = recordValueEvent(this.counts, name, at, this.timeZone);
    await this.save();
  }

  count(name: string, at: string): void {
    this.early?.push([name, at]);
    this.counts = recordValueEvent(this.counts, name, at, this.timeZone);
    void this.save();
  }

  all(): ValueCounts {
    return this.counts;
  }

  async clear(): Promise<void> {
    this.counts = { days: {}, totals: {} };
    await this.store.delete('kv', [this.cacheKey]);
  }

  private save(): Promise<void> {
    return this.store.put('kv', this.cacheKey, this.counts);
  }
}
