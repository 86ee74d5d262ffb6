import { CampaignSchema, type Campaign } from '../campaign.ts';

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

export type AppliedVariant = { ok: true; campaign: Campaign } | { ok: false; message: string };

/**
 * The campaign as a variant shows it: the variant's `widget` and `content` overrides merged in. The result is checked
 * against the campaign schema, so an override that breaks the widget is reported instead of shown. An unknown
 * variant or the holdout leaves the campaign as it is (the holdout shows nothing; the caller decides that).
 */
export function applyVariant(campaign: Campaign, variantKey: string): AppliedVariant {
  const overrides = campaign.experiment?.variants.find((variant) => variant.key === variantKey)?.overrides;
  if (!overrides || (!overrides.widget && !overrides.content)) return { ok: true, campaign };
  const parsed = CampaignSchema.safeParse({
    ...campaign,
    widget: deepMerge(campaign.widget, overrides.widget),
    content: deepMerge(campaign.content, overrides.content),
  });
  if (parsed.success) return { ok: true, campaign: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, message: `variant "${variantKey}" of campaign "${campaign.id}": ${issue.path.join('.')}: ${issue.message}` };
}
