import { z } from 'zod';

const events = z.array(z.string().min(1).max(200)).max(50);

/**
 * The value scorecard's settings (project settings `value`): which events are the product's key features and which are
 * the account's own work flowing through it, and how much work the plan's price should buy. Defaults: VALUE_SCORE_DEFAULTS.
 */
export const ValueScoreSettingsSchema = z.object({
  /** one event per key feature: a feature counts as used when its event happened in the last 30 days */
  keyFeatures: events.default([]),
  /** the host's "work done" events (`report_generated`, `invoice_sent`, …) */
  workEvents: events.default([]),
  /** work events a 30-day month should hold per currency unit (100 minor units) of the monthly `plan_price` */
  workPerPrice: z.number().positive().default(1),
  /** a score below this, 30 days or less before renewal, is the `low_value` risk signal */
  lowScore: z.number().min(0).max(100).default(40),
});

const part = z.number().min(0).nullable();

/** The value scorecard of one account (computeValueScore): each part a share of what the plan pays for, and the score. */
export const ValueScoreSchema = z.object({
  /** key features used in the last 30 days / key features */
  breadth: part,
  /** active seats / paid seats */
  depth: part,
  /** work events in the last 30 days / the work the plan's price should buy */
  reach: part,
  /** 0–100: the mean of the parts that could be measured, each capped at 1; null when none could */
  value_score: z.number().min(0).max(100).nullable(),
});

export type ValueScoreSettings = z.infer<typeof ValueScoreSettingsSchema>;
export type ValueScore = z.infer<typeof ValueScoreSchema>;
