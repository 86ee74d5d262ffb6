import type { NewsItem, SaveOffer, ValueScore, ValueSummary } from '@growthkit/core';
import type { ReadonlySignal } from '@preact/signals';
import type { Localized } from '../localized.ts';

/** The value the account got: the value saved in the last 30 days (core's summarizeValueCounts) and its scorecard. */
export interface RenewalRecap extends Pick<ValueSummary, 'total' | 'unit'> {
  /** the account's value score, 0–100; null while the collector has not scored it */
  score: ValueScore['value_score'];
  /** the share of key features used (the scorecard's breadth) */
  features: ValueScore['breadth'];
  /** active seats of the paid ones (the scorecard's depth × the account's `seats`) */
  seats?: { active: number; of: number };
}

/** The prompt as the user reads it: texts localised, placeholders filled in by the runtime. */
export interface RenewalView {
  title: string;
  body?: string;
  /** the renewal prompt's; the win-back has none */
  recap?: RenewalRecap;
  news: Localized<NewsItem>[];
  /** the one offer matched to the user (core's renewalPrompt); none when no offer fits */
  offer?: Localized<Pick<SaveOffer, 'id' | 'title' | 'body' | 'accept'>>;
}

/** The runtime writes the prompt now (undefined: nothing to show); the user's choices come back as callbacks. */
export interface RenewalProps {
  /** BCP 47 tag of the UI strings; also sets number formatting and text direction */
  locale: string;
  view: ReadonlySignal<RenewalView | undefined>;
  onAccept(offerId: string): void;
  onDismiss(): void;
}
