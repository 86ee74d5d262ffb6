import type { UsageMeters as Meters } from '@growthkit/core';
import type { LocalValues } from '../local-values.ts';
import { DeviceRecord } from '../storage/device-record.ts';

/** The latest `usage(metric, used, limit)` per metric, kept on the device so usage triggers hold across reloads. */
export class UsageMeters extends DeviceRecord<Meters> {
  constructor(device: LocalValues, cacheKey: string) {
    super(device, cacheKey, () => ({}));
  }

  set(metric: string, used: number, limit: number): void {
    this.change((meters) => ({ ...meters, [metric]: { used, limit } }));
  }
}
