import type { GrowthKit } from './api.ts';

type Method = Exclude<keyof GrowthKit, 'destroy'>;

/** `window.growthkit` after load: callable as `growthkit('track', …)` and as `growthkit.track(…)`. */
export type GrowthKitGlobal = GrowthKit & ((method: Method, ...args: unknown[]) => unknown);

interface Stub {
  q?: ArrayLike<unknown>[];
}

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
  const stub = win.growthkit as Stub | undefined;
  const queue = Array.from(stub?.q ?? []);
  let unknownWarned = false;
  const call = (method: unknown, ...args: unknown[]) => {
    if (methods.includes(method as Method)) return (instance[method as Method] as (...a: unknown[]) => unknown)(...args);
    if (!unknownWarned) warn(`growthkit: unknown method ${JSON.stringify(method)}; use one of ${methods.join(', ')}`);
    unknownWarned = true;
  };
  const global = Object.assign(call, instance) as GrowthKitGlobal;
  win.growthkit = global;
  for (const entry of queue) call(...queuedCall(entry));
  return global;
}
