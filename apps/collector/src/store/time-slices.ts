import { setImmediate as nextTurn } from 'node:timers/promises';

/** How long a report's JavaScript holds the main thread before health checks, ingest and other requests get a turn. */
const SLICE_MS = 10;

/**
 * A pause for long work on the main thread, awaited between its items: once the work has held the thread for SLICE_MS,
 * it waits for the event loop's next turn (so /healthz and ingest are answered meanwhile), then stops the work by
 * throwing if `signal` has aborted (nobody waits for the answer any more).
 */
export function timeSlices(signal?: AbortSignal): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < SLICE_MS) return;
    await nextTurn();
    signal?.throwIfAborted();
    since = performance.now();
  };
}
