import type { Campaign } from '../campaign.ts';
import { budgetDetails } from './contact-budget.ts';
import { triggerDetails } from './check-trigger.ts';
import type { DecideInput, Decision } from './decide.ts';
import { describeReason } from './describe-reason.ts';
import { explainCondition } from '../condition/explain-condition.ts';
import { isoTime as iso } from './iso-time.ts';
import { quietHoursDetails } from './quiet-hours.ts';
import { reachedDetails } from './reached-elsewhere.ts';
import type { Reason } from './reason.ts';

/** A decision as the debug panel and the collector's eligibility endpoint show it: the reason with its details and words. */
export type ExplainedDecision = Omit<Decision, 'reason'> & { reason: Reason };

/** the campaign's own start or end, when that is what holds it; else its schedule trigger is */
function scheduleDetails({ schedule }: Campaign, t: number): Reason | undefined {
  const [start, end] = [Date.parse(schedule?.start ?? ''), Date.parse(schedule?.end ?? '')];
  if (start > t) return { code: 'schedule', until: iso(start) };
  if (end <= t) return { code: 'schedule', ended: iso(end) };
}

/** The details of a reason decide gave by its code, found again from the same input. */
function details(decision: Decision, campaign: Campaign, input: DecideInput, shown: (place: string) => string): Reason {
  const { context, state, settings, now } = input;
  const own = state.campaigns[campaign.id];
  const { code } = decision.reason;
  const { slot, floating } = campaign.placement;
  switch (code) {
    case 'shown':
      return decision.interruptive ? { code, priority: campaign.priority, floating } : { code, priority: campaign.priority, slot: slot! };
    case 'manual':
      return { code, campaign: campaign.id };
    case 'status':
      return { code, status: campaign.status as Exclude<Campaign['status'], 'live'> };
    case 'schedule':
      return scheduleDetails(campaign, now.getTime()) ?? triggerDetails(campaign, context);
    case 'trigger':
      return triggerDetails(campaign, context);
    case 'audience':
      return { code, ...explainCondition(context, campaign.audience, input.savedGroups) };
    case 'dismissed': {
      const at = Date.parse(own!.dismissedAt!);
      const hours = campaign.frequency.dismissCooldownHours;
      return { code, at: iso(at), ...(hours != null && { until: iso(at + hours * 3_600_000) }) };
    }
    case 'frequency':
      return { code, impressions: own?.impressions ?? 0, max: campaign.frequency.maxImpressions! };
    case 'reached-elsewhere':
      return reachedDetails(context, settings);
    case 'quiet-hours':
      return quietHoursDetails(settings.quietHours!, now, input.timeZone);
    case 'budget':
    case 'min-gap':
      return budgetDetails(state.contacts ?? [], settings.budget, input.session, now);
    case 'interruptive-slot-taken':
      return { code, by: shown('') };
    case 'slot-taken':
      return { code, by: shown(slot!), slot: slot! };
  }
}

/**
 * Decide's decisions as the debug panel and the collector's eligibility endpoint show them: each reason with its
 * details (an audience refusal's failing leaf, a budget's window and when it frees up, …) and its words
 * (describeReason). `input`: what decide was given, `now` and all, so the details are those of the same decision.
 * Kept apart from decide so the browser's first script carries none of it.
 */
export function explainDecisions(decisions: readonly Decision[], input: DecideInput): ExplainedDecision[] {
  const byId = new Map(input.campaigns.map((campaign) => [campaign.id, campaign]));
  // decide gives each place (the floating one `''`, or a slot) to the first campaign that shows there
  const places = new Map<string, string>();
  for (const { campaignId, verdict, interruptive } of decisions)
    if (verdict == 'show') places.set(interruptive ? '' : byId.get(campaignId)!.placement.slot!, campaignId);
  return decisions.map((decision) => {
    const reason = details(decision, byId.get(decision.campaignId)!, input, (place) => places.get(place)!);
    return { ...decision, reason: { ...reason, message: describeReason(reason) } };
  });
}
