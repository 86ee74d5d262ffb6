import type { StepState } from '../state.ts';
import type { AhaMilestone } from '../widget/aha.ts';

/** Where one user stands toward the aha moment. */
export interface AhaProgress {
  value: number;
  /** `at` of every milestone reached, ascending */
  reached: number[];
  /** reached now but not yet in the saved state: the runtime records and reports each once */
  newlyReached: number[];
  complete: boolean;
}

/** Saved milestone states are keyed by the milestone's `at`, written as a string ("10"). */
export const milestoneKey = (at: number) => String(at);

/**
 * Progress toward the milestones. A milestone saved as reached stays reached even if the metric falls back (a trait
 * lowered, a second device with fewer counted events): a badge once earned is not taken away.
 */
export function ahaProgress(milestones: readonly AhaMilestone[], value: number, saved: Readonly<Record<string, StepState>>): AhaProgress {
  const metric = Number.isFinite(value) ? value : 0;
  const reached: number[] = [];
  const newlyReached: number[] = [];
  for (const { at } of milestones) {
    const before = saved[milestoneKey(at)]?.status === 'done';
    if (before || metric >= at) reached.push(at);
    if (!before && metric >= at) newlyReached.push(at);
  }
  return { value: metric, reached, newlyReached, complete: reached.includes(milestones[milestones.length - 1].at) };
}
