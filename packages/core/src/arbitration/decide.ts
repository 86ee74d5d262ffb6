import type { Campaign } from '../campaign.ts';
import type { PublicSettings } from '../config.ts';
import { evalCondition, type SavedGroups } from '../condition/eval-condition.ts';
import type { UserState } from '../state.ts';
import { checkBudget } from './contact-budget.ts';
import { triggerHolds } from './check-trigger.ts';
import { isInterruptive } from './is-interruptive.ts';
import { inQuietHours } from './quiet-hours.ts';
import { wasReached } from './reached-elsewhere.ts';
import type { ReasonCode, Verdict } from './reason.ts';

export interface DecideInput {
  campaigns: readonly Campaign[];
  /** the attributes from buildContext */
  context: Record<string, unknown>;
  state: UserState;
  settings: Pick<PublicSettings, 'budget' | 'quietHours' | 'reachedTrait' | 'reachedWithinDays'>;
  now: Date;
  /** the user's IANA time zone, for quiet hours; an unknown zone counts as UTC */
  timeZone: string;
  /** the current session id, for the per-session budget */
  session: string;
  /** names of the `data-growthkit` slots on the page; omitted (collector) = every slot is there */
  slots?: readonly string[];
  /** campaigns on screen now: they keep their place against caps, budget and quiet hours until they go */
  showing?: readonly string[];
  /** the campaign asked for by `show(id)`: it shows whatever its rules say, ahead of all others */
  manual?: string;
  savedGroups?: SavedGroups;
}

export interface Decision {
  campaignId: string;
  verdict: Verdict;
  interruptive: boolean;
  /** only the code: explainDecisions adds the details and the words where they are shown */
  reason: { code: ReasonCode };
}

type Refusal = [Verdict, ReasonCode] | undefined;

const rank = (manual?: string) => (a: Campaign, b: Campaign) =>
  +(b.id == manual) - +(a.id == manual) || b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function checkSchedule({ schedule }: Campaign, t: number): Refusal {
  // an absent bound parses as NaN, which compares false
  if (Date.parse(schedule?.start ?? '') > t) return ['hold', 'schedule'];
  if (Date.parse(schedule?.end ?? '') <= t) return ['skip', 'schedule'];
}

function checkDismissed(campaign: Campaign, dismissedAt: string | undefined, t: number): Refusal {
  if (!dismissedAt) return;
  const hours = campaign.frequency.dismissCooldownHours;
  if (hours == null) return ['skip', 'dismissed'];
  if (Date.parse(dismissedAt) + hours * 3_600_000 > t) return ['hold', 'dismissed'];
}

/** Why the campaign may not show by its own rules, first reason first; undefined when it may. */
function refuse(campaign: Campaign, interruptive: boolean, input: DecideInput): Refusal {
  const { context, state, settings, now, session } = input;
  if (campaign.status != 'live') return ['skip', 'status'];
  const scheduled = checkSchedule(campaign, now.getTime());
  if (scheduled) return scheduled;
  if (!evalCondition(context, campaign.audience, input.savedGroups)) return ['skip', 'audience'];
  if (!triggerHolds(campaign, context)) return ['hold', campaign.trigger.type == 'schedule' ? 'schedule' : 'trigger'];
  const own = state.campaigns[campaign.id];
  const dismissed = checkDismissed(campaign, own?.dismissedAt, now.getTime());
  if (dismissed) return dismissed;
  const contacts = state.contacts ?? [];
  // A prompt on screen, or already shown in this session, interrupts no further by staying: its caps were counted.
  const shownThisSession = contacts.some((c) => c.campaignId == campaign.id && c.session == session);
  if (shownThisSession || input.showing?.includes(campaign.id)) return;
  const max = campaign.frequency.maxImpressions;
  if (max && (own?.impressions ?? 0) >= max) return ['skip', 'frequency'];
  if (!interruptive) return;
  if (wasReached(context, settings, now)) return ['skip', 'reached-elsewhere'];
  if (inQuietHours(settings.quietHours, now, input.timeZone)) return ['hold', 'quiet-hours'];
  const budget = checkBudget(contacts, settings.budget, session, now);
  if (budget) return ['hold', budget];
}

/**
 * One decision per campaign, in rank order (manual first, then priority high to low, then id), with the code of the
 * exact reason; explainDecisions adds the reason's details and words where they are shown (the debug panel, the
 * collector), so the browser's first script carries neither. Of the campaigns that may show, the first interruptive
 * one takes the one floating place and the first per slot takes its slot; the rest hold. Pure and deterministic: the
 * SDK and the collector, given the same input, decide the same. Budgets count `state.contacts`: record each
 * interruptive prompt shown with recordContact. A higher-ranked campaign that becomes eligible takes the floating
 * place from one on screen, if the budget allows it.
 */
export function decide(input: DecideInput): Decision[] {
  const taken = new Set<string>();
  return [...input.campaigns].sort(rank(input.manual)).map((campaign) => {
    const interruptive = isInterruptive(campaign, input.slots);
    const decision = (verdict: Verdict, code: ReasonCode): Decision => ({
      campaignId: campaign.id,
      verdict,
      interruptive,
      reason: { code },
    });
    const refused = campaign.id != input.manual && refuse(campaign, interruptive, input);
    if (refused) return decision(...refused);
    const place = interruptive ? '' : campaign.placement.slot!;
    if (taken.has(place)) return decision('hold', interruptive ? 'interruptive-slot-taken' : 'slot-taken');
    taken.add(place);
    return decision('show', campaign.id == input.manual ? 'manual' : 'shown');
  });
}
