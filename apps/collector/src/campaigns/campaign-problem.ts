import { type Campaign, variantProblems } from '@growthkit/core';

export interface CampaignProblem {
  field: string;
  message: string;
}

/**
 * What the schema cannot see in a campaign about to be saved: a variant whose overrides make an invalid campaign (the
 * browser applies them unchecked, a `javascript:` upgrade URL included).
 */
export function campaignProblem(campaign: Campaign): CampaignProblem | undefined {
  const variant = variantProblems(campaign)[0];
  if (variant !== undefined) return { field: 'experiment.variants', message: `experiment.variants: ${variant}` };
  return undefined;
}
