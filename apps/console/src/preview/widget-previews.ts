import type { WidgetType } from '@growthkit/core';
import { ahaPreview } from './aha-preview.ts';
import { checklistPreview } from './checklist-preview.ts';
import { quotaPreview } from './quota-preview.ts';
import { renewalPreview } from './renewal-preview.ts';
import { surveyPreview } from './survey-preview.ts';
import { upsellPreview } from './upsell-preview.ts';
import { valueSummaryPreview } from './value-summary-preview.ts';
import type { WidgetPreview } from './widget-preview.ts';

/**
 * Each registered widget type's preview (core's widget registry): a record over the registry's names, so the compiler
 * asks for a new type's line here, as it does in the SDK's widget-loaders.ts.
 */
export const WIDGET_PREVIEWS: { [Type in WidgetType]: WidgetPreview<Type> } = {
  checklist: checklistPreview,
  aha: ahaPreview,
  'value-summary': valueSummaryPreview,
  quota: quotaPreview,
  upsell: upsellPreview,
  renewal: renewalPreview,
  survey: surveyPreview,
};
