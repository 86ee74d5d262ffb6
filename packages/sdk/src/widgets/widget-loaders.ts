import type { WidgetType } from '@growthkit/core';

/**
 * The npm build's lazy import of each registered widget type's chunk (core's widget registry); a record over the
 * registry's names, so the compiler asks for a new type's line here. The script tag's build loads the same entries as
 * files beside growthkit.js (script.ts), built from the registry by vite.widgets.config.ts.
 */
export const WIDGET_LOADERS: { [Type in WidgetType]: () => Promise<unknown> } = {
  checklist: () => import('./entries/checklist.ts'),
  aha: () => import('./entries/aha.ts'),
  'value-summary': () => import('./entries/value-summary.ts'),
  quota: () => import('./entries/quota.ts'),
  upsell: () => import('./entries/upsell.ts'),
  renewal: () => import('./entries/renewal.ts'),
  survey: () => import('./entries/survey.ts'),
  'cancel-flow': () => import('./entries/cancel-flow.ts'),
};
