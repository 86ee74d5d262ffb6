import { z } from 'zod';
import { ConditionSchema } from './condition-schema.ts';
import { TextSchema } from './text.ts';
import { WIDGET_REGISTRY, type WidgetType } from './widget-registry.ts';
import { ExperimentSchema } from './experiment/experiment-schema.ts';

type RegisteredWidgetSchema = (typeof WIDGET_REGISTRY)[WidgetType];

/** A campaign's `widget`: one of the registered widget types (widget-registry.ts) with its settings. */
export const WidgetSchema = z.discriminatedUnion(
  'type',
  Object.values(WIDGET_REGISTRY) as [RegisteredWidgetSchema, ...RegisteredWidgetSchema[]],
);

export const TriggerSchema = z.discriminatedUnion('type', [
  /** on page load and every SPA route change whose path matches (`*` matches any run of characters) */
  z.object({ type: z.literal('page'), path: z.string().max(512).default('*') }),
  /**
   * after the event is tracked (or a widget reports it, e.g. `gk.cancel_outcome`), optionally only from the nth time on
   * and only counting the events whose props have these values (`{ "outcome": "cancelled" }`); `null` asks for an event
   * without that prop (`{ "outcome": "cancelled", "reason": null }`: a cancellation whose reason was not given)
   */
  z.object({
    type: z.literal('event'),
    event: z.string().min(1).max(200),
    count: z.int().min(1).default(1),
    props: z.record(z.string().min(1).max(64), z.union([z.string().max(200), z.number(), z.boolean(), z.null()])).optional(),
  }),
  /** once the usage meter's used / limit reaches the threshold (0.8 = 80%) */
  z.object({ type: z.literal('usage'), metric: z.string().min(1).max(64), threshold: z.number().min(0).default(0.8) }),
  /**
   * by the user's lifecycle: whole days since signup within [min, max], and days to renewal either one of `in`
   * (e.g. [30, 15, 7, 1]) or from `atMost` down to 0; the date range is the campaign's `schedule`
   */
  z.object({
    type: z.literal('schedule'),
    daysSinceSignup: z.object({ min: z.int().optional(), max: z.int().optional() }).optional(),
    daysToRenewal: z.object({ in: z.array(z.int()).min(1).optional(), atMost: z.int().min(0).optional() }).optional(),
  }),
  /** only through `growthkit.show(id)` */
  z.object({ type: z.literal('manual') }),
]);

/** Inline: in the host's `<div data-growthkit="…">` slot, waiting while the page has none; it never floats. */
export const InlinePlacementSchema = z.object({ slot: z.string().min(1).max(64) });

/** Floating over the page, in one of its places; needs no slot. */
export const FloatingPlacementSchema = z.object({
  floating: z.enum(['corner-end', 'corner-start', 'banner', 'modal']).default('corner-end'),
});

/**
 * Where the widget goes: a placement with a `slot` is inline (a `floating` beside it is dropped: the slot wins, as it
 * always did when the slot was there), any other floats.
 */
export const PlacementSchema = z.union([InlinePlacementSchema, FloatingPlacementSchema]);

export const FrequencySchema = z.object({
  maxImpressions: z.int().min(1).optional(),
  /** hours before a dismissed campaign may show again; absent = never again */
  dismissCooldownHours: z.number().min(0).optional(),
});

export const ScheduleSchema = z.object({
  start: z.iso.datetime({ offset: true }).optional(),
  end: z.iso.datetime({ offset: true }).optional(),
});

export const CampaignSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be 1–64 characters of a–z, 0–9, "_" or "-"'),
  name: z.string().max(200).optional(),
  status: z.enum(['live', 'paused', 'draft']).default('live'),
  widget: WidgetSchema,
  /** the campaign's headline texts; widget-specific texts live in `widget` */
  content: z.object({
    title: TextSchema,
    body: TextSchema.optional(),
    /** shown when the user finishes (checklist) or reaches the goal */
    done: TextSchema.optional(),
  }),
  audience: ConditionSchema.default({}),
  trigger: TriggerSchema.default({ type: 'page', path: '*' }),
  placement: PlacementSchema.default({ floating: 'corner-end' }),
  /** higher shows first */
  priority: z.int().default(0),
  frequency: FrequencySchema.default({}),
  schedule: ScheduleSchema.optional(),
  /** an A/B test of this campaign: variants override its widget or content; a holdout sees nothing */
  experiment: ExperimentSchema.optional(),
});

export type Campaign = z.infer<typeof CampaignSchema>;
export type CampaignInput = z.input<typeof CampaignSchema>;
export type Widget = z.infer<typeof WidgetSchema>;
/** A campaign showing the widget type `Type`, its settings narrowed to that type's. */
export type CampaignOf<Type extends WidgetType> = Campaign & { widget: Extract<Widget, { type: Type }> };
export type Trigger = z.infer<typeof TriggerSchema>;
export type Placement = z.infer<typeof PlacementSchema>;
export type FloatingPlacement = z.infer<typeof FloatingPlacementSchema>;
