/**
 * Error isolation: nothing GrowthKit does may throw into the host page. A wrong call or an internal
 * failure warns once per kind, with the fix, and the SDK keeps working.
 */
export interface Guard {
  warn(kind: string, message: string): void;
  /** runs `body`; a throw or a rejected promise becomes one warning of `kind` */
  run<T>(kind: string, body: () => T): T | undefined;
  /** an internal failure of `kind`: one warning, and GrowthKit keeps running */
  fail(kind: string, error: unknown): void;
}

export function createGuard(log: (message: string) => void = (message) => console.warn(message)): Guard {
  const warned = new Set<string>();
  const warn = (kind: string, message: string) => {
    if (warned.has(kind)) return;
    warned.add(kind);
    log(`growthkit: ${message}`);
  };
  // an Error reads as its type and message: "TypeError: x is not a function"
  const fail = (kind: string, error: unknown) => warn(`failed:${kind}`, `${kind} failed (${error}); GrowthKit keeps running`);
  return {
    warn,
    fail,
    run(kind, body) {
      try {
        const result = body();
        // any thenable, not `instanceof Promise`: under zone.js (Angular) an async body's promise is not the page's Promise
        (result as Promise<unknown> | undefined)?.then?.(undefined, (error: unknown) => fail(kind, error));
        return result;
      } catch (error) {
        fail(kind, error);
        return undefined;
      }
    },
  };
}
