/** A usage meter as reported by the host. */
export interface QuotaUsage {
  used: number;
  limit: number;
}

/**
 * The quota prompt is presentational: the runtime decides what shows (core's quotaPrompt) and renders it
 * again when that changes; the user's choices come back out as callbacks. Texts arrive localised with placeholders filled in.
 */
export interface QuotaProps {
  /** BCP 47 tag of the UI strings and number formats */
  locale: string;
  /** what the meter measures ("Storage") */
  label: string;
  /** the dialog's heading and text */
  title: string;
  body?: string;
  /** ECMA-402 unit of the numbers ("gigabyte") */
  unit?: string;
  plan: { name: string; unlocks: string[] };
  /** offers "Try it free for N days" */
  trialDays?: number;
  usage: QuotaUsage;
  show: 'none' | 'banner' | 'dialog';
  onUpgrade(): void;
  onTrial(): void;
  /** the user closed the banner (`warn`) or the dialog (`limit`): the level whose prompt they put away */
  onDismiss(level: 'warn' | 'limit'): void;
}
