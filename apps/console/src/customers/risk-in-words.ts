import type { RiskSignal } from '@growthkit/core';

/** Each risk signal as a success manager would say it on a renewal call (the rules: core's computeRisk). */
export const RISK_IN_WORDS: Record<RiskSignal, string> = {
  usage_drop: 'Usage dropped: each of the last two weeks saw less than half their usual weekly activity.',
  narrowed_use: 'Narrowed use: they stopped using advanced features in the last 14 days but still use the basics.',
  negative_feedback: 'Negative feedback: an NPS of 6 or less, a complaint or a negative survey answer in the last 30 days.',
  silent: 'Gone silent: no product activity for 14 days or more.',
  low_value: 'Low value before renewal: the value score is below the project’s bar with renewal within 30 days.',
};
