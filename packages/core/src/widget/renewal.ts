import { z } from 'zod';
import type { RiskSignal } from '../context/risk.ts';
import { TextSchema } from '../text.ts';
import { SaveOfferSchema } from './save-offer.ts';
import { ValueRuleSchema } from './value-summary.ts';

const RISK_SIGNALS = ['usage_drop', 'narrowed_use', 'negative_feedback', 'silent', 'low_value'] as const satisfies readonly RiskSignal[];

/** A renewal offer: a save offer of the renewal kinds, for users showing any of `signals`. */
export const RenewalOfferSchema = SaveOfferSchema.extend({
  kind: z.enum(['discount', 'extra_time', 'flexible_billing', 'downgrade']),
  /** the risk signals this offer answers; the first offer in the list answering one of the user's is shown */
  signals: z.array(z.enum(RISK_SIGNALS)).min(1),
});

/** What a campaign says that the product gained lately, e.g. "Shared templates". */
export const NewsItemSchema = z.object({ title: TextSchema, body: TextSchema.optional() });

/**
 * The renewal prompt (SPEC §2): 30, 15, 7 and 1 days before `renews_at`, for medium and high risk only, a recap of the
 * value the account got, what is new, and the one offer matched to the user's risk signals. A lapsed account (renewal
 * passed, or the trait `cancelled_at`, the account's or the user's, in the past) gets `winBack` instead.
 */
export const RenewalWidgetSchema = z.object({
  type: z.literal('renewal'),
  offers: z
    .array(RenewalOfferSchema)
    .min(1)
    .max(20)
    .refine((offers) => new Set(offers.map((offer) => offer.id)).size === offers.length, { message: 'offer ids must be unique' }),
  /** what the recap's value-saved total of the last 30 days counts, as a value summary's rules */
  rules: z
    .array(ValueRuleSchema)
    .min(1)
    .max(20)
    .refine((rules) => new Set(rules.map((rule) => ('minutes' in rule ? 'minutes' : rule.money.currency))).size === 1, {
      message: 'all value rules must use the same unit: minutes, or money in one currency',
    }),
  news: z.array(NewsItemSchema).max(5).default([]),
  winBack: z.object({ title: TextSchema, body: TextSchema.optional(), offer: SaveOfferSchema.optional() }),
});

export type RenewalOffer = z.infer<typeof RenewalOfferSchema>;
export type NewsItem = z.infer<typeof NewsItemSchema>;
export type RenewalWidget = z.infer<typeof RenewalWidgetSchema>;
