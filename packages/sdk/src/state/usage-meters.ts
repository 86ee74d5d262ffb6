import type { UsageMeters as Meters } from '@growthkit/core';
import type { DeviceStore } from '../storage/device-store.ts';

/** The latest `usage(metric, used, limit)` per metric, kept on the device so usage triggers hold across reloads. */
export class UsageMeters {
  private meters: Meters = {};
  private loaded = false;

  constructor(
    private readonly store: DeviceStore,
    private readonly cacheKey: string,
  ) {}

  async load(): Promise<void> {
    // Reports made before the device copy arrived are newer than it.
    this.meters = { ...(await this.store.get<Meters>('kv', this.cacheKey)), ...this.meters };
    this.loaded = true;
    await this.save();
  }

  set(metric: string, used: number, limit: number): void {
    this.meters = { ...this.meters, [metric]: { used, limit } };
    // Before load, saving would overwrite the device copy's other meters: load saves the merge.
    if (this.loaded) void this.save();
  }

  all(): Meters {
    return this.meters;
  }

  async clear(): Promise<void> {
    this.meters = {};
    await this.store.delete('kv', [this.cacheKey]);
  }

  private save(): Promise<void> {
    return this.store.put('kv', this.cacheKey, this.meters);
  }
}
