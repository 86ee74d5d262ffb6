import type { Signal } from '@preact/signals';

/**
 * Writes `next` unless it is equal, as data, to what the signal holds: the runtime refreshes on every event, and a
 * refresh that changed nothing must render nothing. Props data is plain JSON, so its JSON text compares it.
 */
export function writeIfChanged<T>(target: Signal<T>, next: T): void {
  if (JSON.stringify(next) !== JSON.stringify(target.peek())) target.value = next;
}
