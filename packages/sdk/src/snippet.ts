import type { GrowthKit } from './api.ts';

type Method = Exclude<keyof GrowthKit, 'destroy'>;

/** `window.growthkit` after load: callable as `growthkit('track', …)` and as `growthkit.track(…)`. */
export type GrowthKitGlobal = GrowthKit & ((method: Method, ...args: unknown[]) => unknown);

interface Stub {
  q?: QueuedEntry[];
}

/** a queued call; the stub marks a `cancelFlow` it answered itself (`proceed` after 3 s) as `answered` */
type QueuedEntry = ArrayLike<unknown> & { answered?: boolean };

/**
 * One queued call as `[method, ...args]`. The stub queues `growthkit('track', …)` as its `arguments`, and
 * `growthkit.track(…)` as `['track', arguments]` (the shortest snippet); no method takes an `arguments` object.
 */
function queuedCall(entry: ArrayLike<unknown>): [unknown, ...unknown[]] {
  const [method, ...args] = Array.from(entry);
  const isMethodShape = args.length === 1 && Object.prototype.toString.call(args[0]) === '[object Arguments]';
  return [method, ...(isMethodShape ? Array.from(args[0] as ArrayLike<unknown>) : args)];
}

/**
 * Replaces the snippet's stub with the real API and replays, in order, every call the page made
 * before the script arrived (the stub pushed each call onto `growthkit.q`).
 */
export function installSnippet(
  instance: GrowthKit,
  win: { growthkit?: unknown } = window as never,
  warn = (message: string) => console.warn(message),
): GrowthKitGlobal {
  // the instance's own method names, not a second list; destroy is for tests and hot reload, not the page
  const methods = Object.keys(instance).filter((name) => name !== 'destroy') as Method[];
  let unknownWarned = false;
  const unknown = (method: unknown) => {
    // only a string is quoted: JSON.stringify throws on a BigInt, String() on an object without a prototype
    if (!unknownWarned)
      warn(
        `growthkit: unknown method ${typeof method === 'string' ? JSON.stringify(method.slice(0, 40)) : typeof method}; use one of ${methods.join(', ')}`,
      );
    unknownWarned = true;
  };
  const call = (method: unknown, ...args: unknown[]) => {
    if (methods.includes(method as Method)) return (instance[method as Method] as (...a: unknown[]) => unknown)(...args);
    unknown(method);
  };
  // Whatever the page left in the queue (null, a Proxy that throws) is a wrong call, never an error in the script.
  let queue: unknown[] = [];
  try {
    queue = Array.from((win.growthkit as Stub | undefined)?.q ?? []);
  } catch {
    unknown(undefined);
  }
  const global = Object.assign(call, instance) as GrowthKitGlobal;
  win.growthkit = global;
  for (const entry of queue as QueuedEntry[]) {
    try {
      // A call the stub answered itself (a cancel flow after 3 s) must not run: the host has gone on with its
      // cancellation. The others are the script's now, and marked so, which keeps the stub's timer quiet.
      if (entry.answered) continue;
      entry.answered = true;
      call(...queuedCall(entry));
    } catch {
      unknown(entry);
    }
  }
  return global;
}
