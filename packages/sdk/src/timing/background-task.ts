import type { Scheduler } from './scheduler.ts';

/** Where the browser ranks tasks, at most this long behind the page's other work, ms. */
const BACKGROUND_WAIT_MAX = 1000;

/**
 * Resolves in a task that waits for what matters more, such as the widgets' chunks and their first frame, where the
 * browser ranks tasks (`scheduler.postTask`); in a plain timer task where it does not. A page busy for a second on
 * end still gets it then: background tasks wait for every other task.
 */
export const backgroundTask = (): Promise<void> =>
  new Promise((resolve) => {
    const posted = (globalThis as { scheduler?: Scheduler }).scheduler?.postTask(resolve, { priority: 'background' });
    setTimeout(resolve, posted ? BACKGROUND_WAIT_MAX : 0);
  });
