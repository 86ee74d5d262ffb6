import type { DeviceStore } from './device-store.ts';
import { endOfTask } from './end-of-task.ts';

/**
 * One value kept on the device, read once at start. Changes made before the saved copy arrives are replayed onto it
 * (saving earlier would overwrite the copy), and a `clear()` while the copy is still being read — the user switched —
 * drops that copy: it belonged to the previous user. Changes in one task are saved together at its end (endOfTask).
 */
export class DeviceRecord<T> {
  #value: T;
  #pending: ((value: T) => T)[] | undefined = [];
  #generation = 0;

  readonly #store: DeviceStore;
  readonly #key: string;
  readonly #empty: () => T;
  /** whether a saved copy is of the current format; an older one is dropped rather than misread */
  readonly #current: (saved: T) => boolean;

  constructor(store: DeviceStore, key: string, empty: () => T, current: (saved: T) => boolean) {
    this.#store = store;
    this.#key = key;
    this.#empty = empty;
    this.#current = current;
    this.#value = empty();
  }

  /**
   * Resolves once the saved copy is read. Changes made meanwhile are saved in the background: widgets wait for this
   * (SPEC §11 first paint), not for a write, and a page load that changed nothing writes nothing.
   */
  async load(): Promise<void> {
    const generation = this.#generation;
    const saved = await this.#store.get<T>('kv', this.#key);
    const base = generation === this.#generation && saved !== undefined && this.#current(saved) ? saved : this.#empty();
    const pending = this.#pending ?? [];
    this.#value = pending.reduce((value, change) => change(value), base);
    this.#pending = undefined;
    if (pending.length > 0) this.#save();
  }

  change(change: (value: T) => T): void {
    this.#value = change(this.#value);
    if (this.#pending) this.#pending.push(change);
    else this.#save();
  }

  get(): T {
    return this.#value;
  }

  async clear(): Promise<void> {
    this.#generation++;
    this.#value = this.#empty();
    if (this.#pending) this.#pending = [];
    await this.#store.delete('kv', [this.#key]);
  }

  #save = endOfTask(() => void this.#store.put('kv', { [this.#key]: this.#value }));
}
