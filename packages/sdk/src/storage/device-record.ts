import type { LocalValues } from '../local-values.ts';
import { endOfTask } from './end-of-task.ts';

/**
 * One value kept on the device (localStorage, LocalValues), read once when created: the read is synchronous, so there
 * is nothing to wait for and no change to replay onto a copy still on its way. Changes in one task are saved together
 * at its end (endOfTask). Copies kept in IndexedDB's 'kv' store by earlier versions are not read: counters start over.
 * The kinds of record extend it (byte budget, SPEC §11: `all` and `clear` come with it instead of being forwarded).
 */
export class DeviceRecord<T> {
  #value: T;

  readonly #device: LocalValues;
  readonly #key: string;
  readonly #empty: () => T;

  /** `current`: whether a saved copy is of the current format; an older one is dropped rather than misread */
  constructor(device: LocalValues, key: string, empty: () => T, current: (saved: T) => boolean = () => true) {
    this.#device = device;
    this.#key = key;
    this.#empty = empty;
    const saved = device.get<T>(key);
    this.#value = saved !== undefined && current(saved) ? saved : empty();
  }

  protected change(change: (value: T) => T): void {
    this.#value = change(this.#value);
    this.#save();
  }

  all(): T {
    return this.#value;
  }

  /** the user switched or reset: their copy leaves the device */
  clear(): void {
    this.#value = this.#empty();
    this.#device.remove(this.#key);
  }

  #save = endOfTask(() => this.#device.set(this.#key, this.#value));
}
