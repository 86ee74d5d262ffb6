import type { AhaMilestone } from '@growthkit/core';

/** One milestone as the user sees it: texts localised and placeholders filled by the runtime. */
export type AhaMilestoneView = Pick<AhaMilestone, 'at' | 'icon'> & {
  badge: string;
  message: string;
};

/**
 * Aha-moment progress is presentational: the runtime passes the metric and the milestones reached, and renders
 * again when they change; the user's actions come back as callbacks.
 */
export interface AhaProps {
  title: string;
  body?: string;
  /** what the metric counts, for "12 of 50 customers" */
  unit?: string;
  /** BCP 47 tag of the UI strings; also sets number formatting and text direction */
  locale: string;
  /** ascending; the last is the goal */
  milestones: AhaMilestoneView[];
  value: number;
  /** `at` of the milestones reached, including any saved on another device */
  reached: number[];
  /** "Got it" after the goal: the user has seen it, the widget goes away for good */
  onAcknowledge(): void;
  onDismiss(): void;
}
