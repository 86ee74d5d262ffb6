import type { Scheduler } from './scheduler.ts';
import { mark } from './performance-marks.ts';

const FIRST_PAINT_MARK = 'growthkit:first-paint';

/**
 * Marks the first widget's first frame, once per instance (the runtime's impressions carry one, made with its first widget chunk). Called right after a widget's first render is committed:
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
