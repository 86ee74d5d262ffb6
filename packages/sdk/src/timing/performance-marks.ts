/**
 * User Timing marks a page (and our benchmark) can read with `performance.getEntriesByName(…)`: when the script
 * started running, and when the first widget was painted (SPEC §11 budgets the time between the two).
 */
export const START_MARK = 'growthkit:start';
const FIRST_PAINT_MARK = 'growthkit:first-paint';

/** A mark, or nothing where the page (or an old browser) has no User Timing: never an error in the host. */
export function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // timing is informative only
  }
}

interface Scheduler {
  postTask(task: () => void, options: { priority: 'user-blocking' }): Promise<unknown>;
}

/**
 * Marks the first widget's first frame, once per instance. Called right after a widget's first render is committed:
 * a requestAnimationFrame callback runs just before the next frame is painted, a task queued from it just after. The
 * task is queued at the highest priority where the browser has one: a plain timer waits behind other loading work.
 */
export function firstPaintMarker(): () => void {
  let marked = false;
  return () => {
    if (marked) return;
    marked = true;
    requestAnimationFrame(() => {
      const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
      if (scheduler?.postTask) void scheduler.postTask(() => mark(FIRST_PAINT_MARK), { priority: 'user-blocking' });
      else setTimeout(() => mark(FIRST_PAINT_MARK));
    });
  };
}
