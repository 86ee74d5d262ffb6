import { z } from 'zod';
import { TextSchema } from '../text.ts';
import { LinkUrlSchema } from './link-url.ts';

export const MoneySchema = z.object({
  amount: z.number().positive(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as "USD"'),
});

/** What one event is worth: minutes saved, or money saved. */
export const ValueRuleSchema = z.union([
  z.object({ event: z.string().min(1).max(200), label: TextSchema, minutes: z.number().positive() }),
  z.object({ event: z.string().min(1).max(200), label: TextSchema, money: MoneySchema }),
]);

/**
 * `week` and `month` are the last 7 and last 30 days up to today in the user's time zone, each compared with the same
 * number of days before it; `signup` is everything since the user signed up, with nothing to compare against.
 */
export const VALUE_PERIODS = ['week', 'month', 'signup'] as const;
export const ValuePeriodSchema = z.enum(VALUE_PERIODS);

/** The unit every rule's value is in; one summary adds up one kind of value. */
const unitOf = (rule: z.infer<typeof ValueRuleSchema>) => ('minutes' in rule ? 'minutes' : rule.money.currency);

export const ValueSummaryWidgetSchema = z
  .object({
    type: z.literal('value-summary'),
    rules: z
      .array(ValueRuleSchema)
      .min(1, 'must have 1–20 value rules')
      .max(20, 'must have 1–20 value rules')
      .refine((rules) => new Set(rules.map((rule) => rule.event)).size === rules.length, { message: 'each event may have one value rule' })
      .refine((rules) => new Set(rules.map(unitOf)).size === 1, {
        message: 'all value rules must use the same unit: minutes, or money in one currency',
      }),
    /** the period shown first */
    period: ValuePeriodSchema.default('month'),
    /** the periods the user can switch between; one period hides the switcher */
    periods: z.array(ValuePeriodSchema).min(1).default(['week', 'month', 'signup']),
    /** an optional call to action, e.g. "Share with my team"; `url` opens a link, `action` fires the host's `cta` */
    cta: z
      .union([z.object({ label: TextSchema, url: LinkUrlSchema }), z.object({ label: TextSchema, action: z.string().min(1).max(100) })])
      .optional(),
  })
  .refine((widget) => widget.periods.includes(widget.period), { message: 'must be one of `periods`', path: ['period'] });

export type Money = z.infer<typeof MoneySchema>;
export type ValueRule = z.infer<typeof ValueRuleSchema>;
export type ValuePeriod = z.infer<typeof ValuePeriodSchema>;
export type ValueSummaryWidget = z.infer<typeof ValueSummaryWidgetSchema>;
