import type { UsageMeters as Meters } from '@growthkit/core';
import { DeviceRecord } from '../storage/device-record.ts';
import type { DeviceStore } from '../storage/device-store.ts';

/** The latest `usage(metric, used, limit)` per metric, kept on the device so usage triggers hold across reloads. */
export class UsageMeters {
  readonly #record: DeviceRecord<Meters>;

  constructor(store: DeviceStore, cacheKey: string) {
    this.#record = new DeviceRecord<Meters>(store, cacheKey, () => ({}), () => true);
  }

  load = () => this.#record.load();
  clear = () => this.#record.clear();

  set(metric: string, used: number, limit: number): void {
    this.#record.change((meters) => ({ ...meters, [metric]: { used, limit } }));
  }

  all(): Meters {
    return this.#record.get();
  }
}
