/** One step as the user sees it: texts already localised and placeholders filled in by the runtime. */
export interface ChecklistStepView {
  id: string;
  label: string;
  description?: string;
  /** the call to action; `url` opens a link, otherwise the runtime fires the host's `cta` callback */
  action?: { label: string; url?: string };
  status: 'open' | 'done' | 'skipped';
  /** the user may tick it themselves (manual rule) */
  manual: boolean;
  skippable: boolean;
  /** for count rules: how far along, e.g. 2 of 3 docs created */
  progress?: { value: number; goal: number };
}

/**
 * The checklist is presentational: the runtime (or the console's preview, or a test) owns the state
 * and renders the widget again when it changes; every user action comes back out as a callback.
 */
export interface ChecklistProps {
  title: string;
  body?: string;
  /** celebration text shown when every step is done or skipped */
  doneText?: string;
  /** BCP 47 tag of the UI strings ("en", "zh-CN"); also sets number formatting and text direction */
  locale: string;
  steps: ChecklistStepView[];
  collapsed: boolean;
  onToggle(collapsed: boolean): void;
  onAction(stepId: string): void;
  onSkip(stepId: string): void;
  onMarkDone(stepId: string): void;
  /** the user closes the whole checklist */
  onDismiss(): void;
}
