import type { z } from 'zod';
import { AhaWidgetSchema } from './widget/aha.ts';
import { CancelFlowWidgetSchema } from './widget/cancel-flow.ts';
import { ChecklistWidgetSchema } from './widget/checklist.ts';
import { QuotaWidgetSchema } from './widget/quota.ts';
import { RenewalWidgetSchema } from './widget/renewal.ts';
import { SurveyWidgetSchema } from './widget/survey.ts';
import { UpsellWidgetSchema } from './widget/upsell.ts';
import { ValueSummaryWidgetSchema } from './widget/value-summary.ts';

/** A widget's settings schema, whose `type` is the name it is registered under. */
type WidgetSettingsSchema<Type extends string> = z.ZodObject<{ type: z.ZodLiteral<Type> }>;

/** Checks at compile time that each widget is registered under its own `type`. */
const defineWidgets = <Registry extends Record<string, WidgetSettingsSchema<string>>>(
  registry: Registry & { [Type in keyof Registry & string]: WidgetSettingsSchema<Type> },
): Registry => registry;

/**
 * Every widget type, declared once: its name and its settings schema. The rest is derived from here, so the compiler
 * points at each place a new widget must fill: the campaign schema's widget union (campaign.ts), the runtime's loader
 * (sdk `widget-loaders.ts`, a record over these names), the build's chunk entries (sdk `vite.widgets.config.ts`) and the
 * npm exports (`@growthkit/widgets/<type>`). docs/ARCHITECTURE.md, "Adding a widget", has the steps.
 */
export const WIDGET_REGISTRY = defineWidgets({
  checklist: ChecklistWidgetSchema,
  aha: AhaWidgetSchema,
  'value-summary': ValueSummaryWidgetSchema,
  quota: QuotaWidgetSchema,
  upsell: UpsellWidgetSchema,
  renewal: RenewalWidgetSchema,
  survey: SurveyWidgetSchema,
  'cancel-flow': CancelFlowWidgetSchema,
});

export type WidgetType = keyof typeof WIDGET_REGISTRY;

/** The registered widget types, in registry order. Importing it brings the schemas (zod): for Node and build code. */
export const WIDGET_TYPES = Object.keys(WIDGET_REGISTRY) as WidgetType[];
