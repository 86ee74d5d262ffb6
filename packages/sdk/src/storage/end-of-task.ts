/**
 * Coalesces work: `work` runs once, in a microtask at the end of the current task, however often it is asked for in
 * it. Device writes use it: ten `track` calls in one click handler are one localStorage write per record, still
 * written before the task is over, not ten.
 */
export function endOfTask(work: () => void): () => void {
  let queued = false;
  return () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      work();
    });
  };
}
