import { z } from 'zod';
import { CampaignSchema } from './campaign.ts';
import { TIER_DEFAULTS } from './context/tier.ts';
import { ValueScoreSettingsSchema } from './value/value-score-schema.ts';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time such as "21:00"');

/** Project settings the browser may see (no secrets, no origin list). */
export const PublicSettingsSchema = z.object({
  locales: z.array(z.string()).min(1).default(['en', 'zh-CN']),
  defaultLocale: z.string().default('en'),
  /** when on, a user id needs its HMAC `hash` to write or read that user's data */
  identityVerification: z.boolean().default(false),
  /** the contact budget: interruptive prompts (floating widgets) per session, rolling 24 hours and rolling 7 days */
  budget: z
    .object({
      perSession: z.int().min(0).default(1),
      perDay: z.int().min(0).default(2),
      perWeek: z.int().min(0).default(5),
      /** minutes between the start of one interruptive prompt and the next */
      minGapMinutes: z.number().min(0).default(30),
    })
    .default({ perSession: 1, perDay: 2, perWeek: 5, minGapMinutes: 30 }),
  /** no interruptive prompt in this window of the user's own local time; `start` > `end` spans midnight */
  quietHours: z.object({ start: clock, end: clock }).optional(),
  /** a trait (user or account) holding when the user was last reached through another channel, e.g. `contacted_via_email_at` */
  reachedTrait: z.string().min(1).max(200).optional(),
  /** days during which a user reached elsewhere gets no interruptive prompt */
  reachedWithinDays: z.number().min(0).default(7),
  /** events of advanced features; use shrinking to everything else is the `narrowed_use` risk signal */
  advancedEvents: z.array(z.string().min(1).max(200)).optional(),
  /** monthly revenue (the `mrr` trait) from which a user counts as growth or high-value, see computeTier */
  tiers: z
    .object({
      growthMrr: z.number().min(0).default(TIER_DEFAULTS.growthMrr),
      highValueMrr: z.number().min(0).default(TIER_DEFAULTS.highValueMrr),
    })
    .default(TIER_DEFAULTS),
  /** the value scorecard: key features, work events, the work a plan's price should buy, the low-value threshold */
  value: ValueScoreSettingsSchema.optional(),
});

/** GET /v1/config answers this; the SDK caches it and uses it at once on the next visit. */
export const ConfigSchema = z.object({
  project: z.string(),
  settings: PublicSettingsSchema,
  campaigns: z.array(CampaignSchema),
});

export type PublicSettings = z.infer<typeof PublicSettingsSchema>;
export type Config = z.infer<typeof ConfigSchema>;
