/**
 * Coalesces work: `work` runs once, in a microtask at the end of the current task, however often it is asked for in
 * it. Device writes use it: ten `track` calls in one click handler are one localStorage write per record, still
 * written before the task is over, not ten.
 */
export function endOfTask(work: () => void): () => boolean {
  let queued = false;
  /** whether the work was queued already in this task */
  return () => {
    if (queued) return true;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      work();
    });
    return false;
  };
}
