import type { ValuePeriod, ValueSummary, ValueSummaryWidget } from '@growthkit/core';
import type { ReadonlySignal } from '@preact/signals';
import type { Headline } from '../headline.ts';
import type { Localized } from '../localized.ts';

/**
 * The value-saved summary is presentational: the runtime computes core's summary for the period on screen and writes
 * it, the period and the headline (its `{{value.*}}` placeholders filled for that period) as signals; the widget
 * formats the summary's numbers for the locale.
 */
export interface ValueSummaryProps extends Omit<Headline, 'title' | 'body'> {
  /** rendered as text */
  title: ReadonlySignal<string>;
  body?: ReadonlySignal<string>;
  /** the periods to switch between; one hides the switcher */
  periods: ValueSummaryWidget['periods'];
  period: ReadonlySignal<ValuePeriod>;
  summary: ReadonlySignal<ValueSummary>;
  /** each value rule's label, by its event: what the top contributors are called */
  labels: Record<string, string>;
  cta?: Localized<NonNullable<ValueSummaryWidget['cta']>>;
  onPeriod(period: ValuePeriod): void;
  onCta(): void;
}
