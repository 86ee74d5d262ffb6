import type { QuotaLevel, QuotaPlan, QuotaPrompt, QuotaWidget, UsageMeter } from '@growthkit/core';
import type { ReadonlySignal } from '@preact/signals';
import type { Headline } from '../headline.ts';
import type { Localized } from '../localized.ts';

/**
 * The quota prompt is presentational: its texts are content, the meter and what shows of the prompt (core's
 * quotaPrompt) arrive as signals the runtime writes; the user's choices come back out as callbacks. Texts arrive
 * localised with placeholders filled in.
 */
export interface QuotaProps extends Omit<Headline, 'onDismiss'> {
  /** what the meter measures ("Storage") */
  label: string;
  /** ECMA-402 unit of the numbers ("gigabyte") */
  unit?: QuotaWidget['unit'];
  plan: Localized<Pick<QuotaPlan, 'name' | 'unlocks'>>;
  /** offers "Try it free for N days" */
  trialDays?: NonNullable<QuotaWidget['trial']>['days'];
  /** the meter as the host reported it */
  usage: ReadonlySignal<UsageMeter>;
  show: ReadonlySignal<QuotaPrompt['show']>;
  onUpgrade(): void;
  onTrial(): void;
  /** the user closed the banner (`warn`) or the dialog (`limit`): the level whose prompt they put away */
  onDismiss(level: Exclude<QuotaLevel, 'none'>): void;
}
