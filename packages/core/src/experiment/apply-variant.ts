import { CampaignSchema, type Campaign } from '../campaign.ts';
import { variantCampaign } from './variant-campaign.ts';

export type AppliedVariant = { ok: true; campaign: Campaign } | { ok: false; message: string };

/**
 * The campaign as a variant shows it (variantCampaign), checked against the campaign schema, so an override that
 * breaks the widget is reported instead of shown.
 */
export function applyVariant(campaign: Campaign, variantKey: string): AppliedVariant {
  const merged = variantCampaign(campaign, variantKey);
  if (merged === campaign) return { ok: true, campaign };
  const parsed = CampaignSchema.safeParse(merged);
  if (parsed.success) return { ok: true, campaign: parsed.data };
  const issue = parsed.error.issues[0]!;
  return { ok: false, message: `variant "${variantKey}" of campaign "${campaign.id}": ${issue.path.join('.')}: ${issue.message}` };
}

/** Every variant's problem with this campaign, so a campaign is refused when saved rather than broken when shown. */
export function variantProblems(campaign: Campaign): string[] {
  return (campaign.experiment?.variants ?? []).flatMap((variant) => {
    const applied = applyVariant(campaign, variant.key);
    return applied.ok ? [] : [applied.message];
  });
}
