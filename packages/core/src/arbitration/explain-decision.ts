import type { Campaign } from '../campaign.ts';
import type { SavedGroups } from '../condition/eval-condition.ts';
import type { Decision } from './decide.ts';
import { describeReason } from './describe-reason.ts';
import { explainCondition } from './explain-condition.ts';
import type { Reason } from './reason.ts';

/**
 * A decision as the debug panel and the collector's eligibility endpoint show it: an audience refusal with the failing
 * leaf of the campaign's audience for these attributes (decide gives only the code, so the browser's first script
 * carries no explainCondition), and the reason in words (describeReason). `context`: the attributes decide was given.
 */
export function explainDecision(decision: Decision, campaigns: readonly Campaign[], context: Record<string, unknown>, savedGroups?: SavedGroups): Decision {
  const audience = decision.reason.code == 'audience' && campaigns.find((campaign) => campaign.id == decision.campaignId)?.audience;
  const reason: Reason = audience ? { ...decision.reason, ...explainCondition(context, audience, savedGroups) } : decision.reason;
  return { ...decision, reason: { ...reason, message: describeReason(reason) } };
}
