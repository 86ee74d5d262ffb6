import { recordValueEvent, type ValueCounts } from '@growthkit/core';
import type { LocalValues } from '../local-values.ts';
import { DeviceRecord } from '../storage/device-record.ts';

/**
 * Per-day event counts in the user's time zone over 62 days, plus all-time totals, for value summaries ("last 30 days
 * against the 30 before"). Kept on the device beside the event counters (which keep 30 UTC days). Like them it counts
 * what this device saw since the user was identified here; the collector's stored events hold the full history.
 */
export class ValueLedger extends DeviceRecord<ValueCounts> {
  readonly #timeZone: string;

  constructor(device: LocalValues, cacheKey: string, timeZone: string) {
    super(
      device,
      cacheKey,
      () => ({ days: {}, totals: {} }),
      (saved) => Boolean(saved.days && saved.totals),
    );
    this.#timeZone = timeZone;
  }

  count(name: string, at: string): void {
    this.change((counts) => recordValueEvent(counts, name, at, this.#timeZone));
  }
}
