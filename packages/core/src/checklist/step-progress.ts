import type { Condition } from '../condition-schema.ts';
import type { StepState } from '../state.ts';
import type { ChecklistStep } from '../widget/checklist.ts';

/** Where one step stands for one user. */
export interface StepProgress {
  id: string;
  status: 'open' | 'done' | 'skipped';
  /** the step's rule is met now, but the saved state does not say "done" yet: the runtime records it */
  newlyDone: boolean;
  /** for event rules needing more than one event: how many happened (capped at the goal); "0 of 1" says nothing */
  progress?: { value: number; goal: number };
}

/** What a step's rule is checked against: this user's events and traits. */
export interface StepFacts {
  /** how often each event happened for this user */
  eventCount(event: string): number;
  /** whether the user's traits match a condition (GrowthBook semantics) */
  matches(condition: Condition): boolean;
}

/**
 * The steps this user sees (persona audience applied), each with its status, from the saved step states of this
 * campaign and the user's facts; pure, so every device agrees.
 */
export function stepProgress(
  steps: readonly ChecklistStep[],
  saved: Readonly<Record<string, StepState>>,
  { eventCount, matches }: StepFacts,
): StepProgress[] {
  return steps
    .filter((step) => !step.audience || matches(step.audience))
    .map((step) => {
      const rule = step.complete;
      const before = saved[step.id]?.status;
      const count = rule.kind === 'event' ? Math.min(eventCount(rule.event), rule.count) : 0;
      const met = before === 'done' || (rule.kind === 'event' ? count >= rule.count : rule.kind === 'trait' && matches(rule.condition));
      // A skipped step that the user completes after all counts as done.
      const status = met ? 'done' : (before ?? 'open');
      const view: StepProgress = { id: step.id, status, newlyDone: met && before !== 'done' };
      // Done on another device while this one saw fewer events: show the goal reached, not a stale count.
      if (rule.kind === 'event' && rule.count > 1) view.progress = { value: met ? rule.count : count, goal: rule.count };
      return view;
    });
}

/** Every visible step is done or skipped. */
export const checklistComplete = (steps: readonly StepProgress[]) => steps.length > 0 && steps.every((step) => step.status !== 'open');
