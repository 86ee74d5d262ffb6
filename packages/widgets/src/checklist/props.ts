import type { ChecklistStep, StepProgress } from '@growthkit/core';
import type { ReadonlySignal } from '@preact/signals';
import type { Headline } from '../headline.ts';
import type { Localized } from '../localized.ts';

/**
 * One step's content as the user reads it: core's step with its texts localised. Its call to action's `url` opens a
 * link; otherwise the runtime fires the host's `cta` callback.
 */
export type ChecklistStepView = Localized<Pick<ChecklistStep, 'id' | 'label' | 'description' | 'action' | 'skippable'>> & {
  /** the user may tick it themselves (manual rule) */
  manual: boolean;
};

/** Where one step the user sees stands (core's stepProgress): open, done or skipped, and a count rule's progress. */
export type ChecklistStepStatus = Pick<StepProgress, 'id' | 'status' | 'progress'>;

/**
 * The checklist is presentational: the steps are content, where they stand and whether the checklist is collapsed
 * arrive as signals the runtime (or the console's preview, or a test) writes; every user action comes back out as a
 * callback.
 */
export interface ChecklistProps extends Headline {
  /** celebration text shown when every step is done or skipped */
  doneText?: string;
  /** every step of the checklist, in order */
  steps: ChecklistStepView[];
  /** the steps this user sees (a persona's audience applied), in order, each with where it stands */
  statuses: ReadonlySignal<ChecklistStepStatus[]>;
  collapsed: ReadonlySignal<boolean>;
  onToggle(collapsed: boolean): void;
  onAction(stepId: string): void;
  onSkip(stepId: string): void;
  onMarkDone(stepId: string): void;
}
