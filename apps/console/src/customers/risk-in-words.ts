import type { RiskSignal } from '@growthkit/core';

/**
 * Each risk signal as a success manager would say it on a renewal call (the rules: core's computeRisk): a short name
 * for a list of users, and what it means for one user's picture.
 */
export const RISK_IN_WORDS: Record<RiskSignal, { name: string; meaning: string }> = {
  usage_drop: { name: 'Usage dropped', meaning: 'each of the last two weeks saw less than half their usual weekly activity.' },
  narrowed_use: { name: 'Narrowed use', meaning: 'they stopped using advanced features in the last 14 days but still use the basics.' },
  negative_feedback: {
    name: 'Negative feedback',
    meaning: 'an NPS of 6 or less, a complaint or a negative survey answer in the last 30 days.',
  },
  silent: { name: 'Gone silent', meaning: 'no product activity for 14 days or more.' },
  low_value: { name: 'Low value before renewal', meaning: 'the value score is below the project’s bar with renewal within 30 days.' },
};
