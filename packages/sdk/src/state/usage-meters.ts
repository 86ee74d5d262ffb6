import type { UsageMeters as Meters } from '@growthkit/core';
import type { LocalValues } from '../local-values.ts';
import { DeviceRecord } from '../storage/device-record.ts';

/** The latest `usage(metric, used, limit)` per metric, kept on the device so usage triggers hold across reloads. */
export class UsageMeters {
  readonly #record: DeviceRecord<Meters>;

  constructor(device: LocalValues, cacheKey: string) {
    this.#record = new DeviceRecord<Meters>(device, cacheKey, () => ({}));
  }

  clear = () => this.#record.clear();

  set(metric: string, used: number, limit: number): void {
    this.#record.change((meters) => ({ ...meters, [metric]: { used, limit } }));
  }

  all(): Meters {
    return this.#record.get();
  }
}
