import { z } from 'zod';
import { ConditionSchema } from '../condition-schema.ts';
import { TextSchema } from '../text.ts';
import { LinkUrlSchema } from './link-url.ts';

export const OfferActionSchema = z.union([
  z.object({ label: TextSchema, url: LinkUrlSchema }),
  /** fires the host's `cta` callback with `{ campaignId, offer, action }` */
  z.object({ label: TextSchema, action: z.string().min(1).max(100) }),
]);

export const OfferSchema = z.object({
  id: z.string().regex(/^[a-z0-9_-]{1,64}$/, 'must be 1–64 characters of a–z, 0–9, "_" or "-"'),
  /** who may see it, over the evaluation context: `{ "computed.tier": "growth", "counters.report_generated.total": { "$gte": 3 } }` */
  audience: ConditionSchema.default({}),
  /** higher wins among the eligible offers; a tie goes to the earlier offer in the list */
  score: z.number().default(0),
  title: TextSchema,
  /** the quantified value, e.g. "Saves about 10 h a month" */
  value: TextSchema,
  /** `author`: text per locale like the quote ("Priya N., 运营主管"), or one string for every locale, as before */
  testimonial: z.object({ quote: TextSchema, author: z.union([z.string().min(1).max(200), TextSchema]) }).optional(),
  action: OfferActionSchema,
  /** days a dismissed offer stays away, letting the next best show */
  cooldownDays: z.number().min(0).default(14),
});

export const UpsellWidgetSchema = z.object({
  type: z.literal('upsell'),
  offers: z
    .array(OfferSchema)
    .min(1)
    .max(20)
    .refine((offers) => new Set(offers.map((o) => o.id)).size === offers.length, { message: 'offer ids must be unique' }),
});

export type Offer = z.infer<typeof OfferSchema>;
export type UpsellWidget = z.infer<typeof UpsellWidgetSchema>;
