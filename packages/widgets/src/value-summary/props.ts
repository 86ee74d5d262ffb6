import type { ValueContributor, ValuePeriod, ValueSummary } from '@growthkit/core';

/** A summary as the user sees it: core's summary with each contributor's rule label localised. */
export interface ValueSummaryView extends Omit<ValueSummary, 'contributors'> {
  contributors: (ValueContributor & { label: string })[];
}

/**
 * The value-saved summary is presentational: the runtime computes the summary for the chosen period and passes it
 * in, again when it changes, with `{{value.*}}` placeholders in the title and body already filled for that period; the
 * widget formats the summary's numbers for the locale.
 */
export interface ValueSummaryProps {
  /** rendered as text */
  title: string;
  body?: string;
  locale: string;
  /** the periods to switch between; one hides the switcher */
  periods: ValuePeriod[];
  period: ValuePeriod;
  summary: ValueSummaryView;
  cta?: { label: string; url?: string };
  onPeriod(period: ValuePeriod): void;
  onCta(): void;
  onDismiss(): void;
}
