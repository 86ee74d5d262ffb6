import type { GrowthKit } from './api.ts';

type Method = Exclude<keyof GrowthKit, 'destroy'>;

/** `window.growthkit` after load: callable as `growthkit('track', …)` and as `growthkit.track(…)`. */
export type GrowthKitGlobal = GrowthKit & ((method: Method, ...args: unknown[]) => unknown);

interface Stub {
  q?: ArrayLike<unknown>[];
}

/**
 * Replaces the snippet's stub with the real API and replays, in order, every call the page made
 * before the script arrived (the stub pushed each call's `arguments` onto `growthkit.q`).
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
  for (const args of queue) {
    const [method, ...rest] = Array.from(args);
    call(method, ...rest);
  }
  return global;
}
