import type { LocalValues } from '../local-values.ts';
import { endOfTask } from './end-of-task.ts';

/**
 * One value kept on the device (localStorage, LocalValues), read when created and again at the first change of each
 * task: the read is synchronous, so there is nothing to wait for and no change to replay onto a copy still on its way.
 * Changes in one task are saved together at its end (endOfTask). Copies kept in IndexedDB's 'kv' store by earlier versions are not read: counters start over.
 * The kinds of record extend it (byte budget, SPEC §11: `all` and `clear` come with it instead of being forwarded).
 */
export class DeviceRecord<T> {
  #value: T;

  readonly #device: LocalValues;
  readonly #key: string;
  readonly #empty: () => T;
  readonly #current: (saved: T) => boolean;

  /** `current`: whether a saved copy is of the current format; an older one is dropped rather than misread */
  constructor(device: LocalValues, key: string, empty: () => T, current: (saved: T) => boolean = () => true) {
    this.#device = device;
    this.#key = key;
    this.#empty = empty;
    this.#current = current;
    this.#value = this.#saved(empty());
  }

  /** the saved copy, or `otherwise` when there is none of the current format */
  #saved(otherwise: T): T {
    const saved = this.#device.get<T>(this.#key);
    return saved !== undefined && this.#current(saved) ? saved : otherwise;
  }

  protected change(change: (value: T) => T): void {
    // The first change in a task starts from the saved copy: another tab of this user may have saved since, and its
    // counts would be overwritten (read, change, write). Later ones build on it, as it is saved at the task's end.
    this.#value = change(this.#save() ? this.#value : this.#saved(this.#value));
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
