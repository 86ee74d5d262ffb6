import type { AhaMilestone, AhaProgress } from '@growthkit/core';
import type { ReadonlySignal } from '@preact/signals';
import type { Headline } from '../headline.ts';
import type { Localized } from '../localized.ts';

/** One milestone as the user sees it: core's milestone with its badge and message localised. */
export type AhaMilestoneView = Localized<AhaMilestone>;

/**
 * Aha-moment progress is presentational: the milestones are content, where the user stands arrives as signals the
 * runtime writes as events come in (core's ahaProgress); the user's actions come back as callbacks.
 */
export interface AhaProps extends Headline {
  /** what the metric counts, for "12 of 50 customers" */
  unit?: string;
  /** ascending; the last is the goal */
  milestones: AhaMilestoneView[];
  /** the metric now */
  value: ReadonlySignal<AhaProgress['value']>;
  /** `at` of the milestones reached, including any saved on another device */
  reached: ReadonlySignal<AhaProgress['reached']>;
  /** "Got it" after the goal: the user has seen it, the widget goes away for good */
  onAcknowledge(): void;
}
