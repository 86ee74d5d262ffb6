import type { ChecklistStepStatus } from './props.ts';

/**
 * "2 of 5": the steps done, of the steps not skipped. Skipped steps leave the count, so finishing the rest fills the
 * bar and a skip never counts as done. `percent` fills the bar and the launcher's ring.
 */
export function stepCounts(statuses: readonly ChecklistStepStatus[]) {
  const done = statuses.filter((step) => step.status === 'done').length;
  const total = statuses.filter((step) => step.status !== 'skipped').length;
  return { done, total, percent: total ? (done / total) * 100 : 100 };
}
