import type { AhaMilestoneView } from './props.ts';

/** The latest milestone reached, in milestone order. */
export const latestReached = (milestones: readonly AhaMilestoneView[], reached: readonly number[]) =>
  milestones.filter((milestone) => reached.includes(milestone.at)).pop();
