import { type Campaign, variantProblems } from '@growthkit/core';
import { regexProblem } from './regex-problem.ts';

/** Each `*` of a page pattern is a `.*` (core's matchPath): four take minutes on a 2 KB path, three half a second. */
const PATH_MAX_STARS = 3;

export interface CampaignProblem {
  field: string;
  message: string;
}

/** Every `$regex`/`$regexi` operand anywhere in the campaign, with its path (walked without recursion: conditions nest freely). */
function regexOperands(campaign: Campaign): { path: string; source: string; flags: string }[] {
  const found: { path: string; source: string; flags: string }[] = [];
  const pending: { path: string; value: unknown }[] = [{ path: '', value: campaign }];
  while (pending.length > 0) {
    const { path, value } = pending.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    for (const [key, child] of Object.entries(value)) {
      const childPath = path === '' ? key : `${path}.${key}`;
      if ((key === '$regex' || key === '$regexi') && typeof child === 'string')
        found.push({ path: childPath, source: child, flags: key === '$regexi' ? 'i' : '' });
      else pending.push({ path: childPath, value: child });
    }
  }
  return found;
}

/**
 * What the schema cannot see in a campaign about to be saved: a variant whose overrides make an invalid campaign (the
 * browser applies them unchecked, a `javascript:` upgrade URL included), and patterns that could stall whoever
 * evaluates them against a long trait, prop or path (the collector's eligibility, every visitor's browser).
 */
export async function campaignProblem(campaign: Campaign): Promise<CampaignProblem | undefined> {
  const variant = variantProblems(campaign)[0];
  if (variant !== undefined) return { field: 'experiment.variants', message: `experiment.variants: ${variant}` };
  if (campaign.trigger.type === 'page' && campaign.trigger.path.split('*').length - 1 > PATH_MAX_STARS)
    return { field: 'trigger.path', message: `trigger.path: must have at most ${PATH_MAX_STARS} "*"` };
  for (const { path, source, flags } of regexOperands(campaign)) {
    const problem = await regexProblem(source, flags);
    if (problem !== undefined) return { field: path, message: `${path}: ${problem}` };
  }
  return undefined;
}
