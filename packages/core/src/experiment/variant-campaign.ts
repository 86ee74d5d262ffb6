import type { Campaign } from '../campaign.ts';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Objects merge key by key; arrays, texts and numbers are replaced whole, so a variant can shorten a list.
 * Written here rather than taken from a library: core ships in the browser bundle, whose byte budget is tight.
 */
function deepMerge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch === undefined ? base : patch;
  const merged: Record<string, unknown> = { ...base };
  for (const [name, value] of Object.entries(patch)) merged[name] = deepMerge(base[name], value);
  return merged;
}

/**
 * The campaign with a variant's `widget` and `content` overrides merged in, unchecked: the browser uses this without
 * the schema (its bytes), trusting campaigns the collector checked with applyVariant. The control, the holdout and
 * an unknown key leave the campaign as it is.
 */
export function variantCampaign(campaign: Campaign, variantKey: string): Campaign {
  const overrides = campaign.experiment?.variants.find((variant) => variant.key === variantKey)?.overrides;
  if (!overrides || (!overrides.widget && !overrides.content)) return campaign;
  return {
    ...campaign,
    widget: deepMerge(campaign.widget, overrides.widget) as Campaign['widget'],
    content: deepMerge(campaign.content, overrides.content) as Campaign['content'],
  };
}
