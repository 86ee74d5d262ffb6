/** Runs `body` while holding the lock; only one holder at a time. */
export type SendLock = <T>(body: () => Promise<T>) => Promise<T>;

const LOCK_NAME = 'growthkit:send';

/** Without the Web Locks API, tabs may overlap (the collector drops duplicate ids); within one page, a queue. */
function pageLock(): SendLock {
  let tail: Promise<unknown> = Promise.resolve();
  return (body) => {
    const run = tail.then(body, body);
    tail = run.catch(() => undefined);
    return run;
  };
}

const fallback = pageLock();

/**
 * One tab sends at a time: the Web Locks API is shared by every tab of the origin. A page of no origin (a sandboxed
 * frame) has the API but every request is refused: it has no other tab to wait for either.
 */
export function sendLock(locks: LockManager | undefined = globalThis.navigator?.locks): SendLock {
  if (!locks || globalThis.origin === 'null') return fallback;
  return (body) => locks.request(LOCK_NAME, body);
}
