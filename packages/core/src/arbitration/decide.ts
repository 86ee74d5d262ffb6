import type { Campaign } from '../campaign.ts';
import type { PublicSettings } from '../config.ts';
import { evalCondition, type SavedGroups } from '../condition/eval-condition.ts';
import type { UserState } from '../state.ts';
import { checkBudget } from './contact-budget.ts';
import { checkTrigger } from './check-trigger.ts';
import { isInterruptive } from './is-interruptive.ts';
import { isoTime as iso } from './iso-time.ts';
import { checkQuietHours } from './quiet-hours.ts';
import { checkReached } from './reached-elsewhere.ts';
import type { Reason, Verdict } from './reason.ts';

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
  reason: Reason;
}

type Refusal = [Verdict, Reason] | undefined;

const rank = (manual?: string) => (a: Campaign, b: Campaign) =>
  +(b.id == manual) - +(a.id == manual) || b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function checkSchedule({ schedule }: Campaign, t: number): Refusal {
  const start = schedule?.start && Date.parse(schedule.start);
  const end = schedule?.end && Date.parse(schedule.end);
  if (start && start > t) return ['hold', { code: 'schedule', until: iso(start) }];
  if (end && end <= t) return ['skip', { code: 'schedule', ended: iso(end) }];
}

function checkDismissed(campaign: Campaign, dismissedAt: string | undefined, t: number): Refusal {
  if (!dismissedAt) return;
  const hours = campaign.frequency.dismissCooldownHours;
  const at = Date.parse(dismissedAt);
  if (hours == null) return ['skip', { code: 'dismissed', at: iso(at) }];
  const until = at + hours * 3_600_000;
  if (until > t) return ['hold', { code: 'dismissed', at: iso(at), until: iso(until) }];
}

/** Why the campaign may not show by its own rules, first reason first; undefined when it may. */
function refuse(campaign: Campaign, interruptive: boolean, input: DecideInput): Refusal {
  const { context, state, settings, now, session } = input;
  if (campaign.status != 'live') return ['skip', { code: 'status', status: campaign.status }];
  const scheduled = checkSchedule(campaign, now.getTime());
  if (scheduled) return scheduled;
  // Only the code: explainDecision names the failing leaf where it is shown (the debug panel, the collector).
  if (!evalCondition(context, campaign.audience, input.savedGroups)) return ['skip', { code: 'audience' }];
  const trigger = checkTrigger(campaign, context);
  if (trigger) return ['hold', trigger];
  const own = state.campaigns[campaign.id];
  const dismissed = checkDismissed(campaign, own?.dismissedAt, now.getTime());
  if (dismissed) return dismissed;
  const contacts = state.contacts ?? [];
  // A prompt on screen, or already shown in this session, interrupts no further by staying: its caps were counted.
  const shownThisSession = contacts.some((c) => c.campaignId == campaign.id && c.session == session);
  if (shownThisSession || input.showing?.includes(campaign.id)) return;
  const max = campaign.frequency.maxImpressions;
  const impressions = own?.impressions ?? 0;
  if (max && impressions >= max) return ['skip', { code: 'frequency', impressions, max }];
  if (!interruptive) return;
  const reached = checkReached(context, settings, now);
  if (reached) return ['skip', reached];
  const held = checkQuietHours(settings.quietHours, now, input.timeZone) ?? checkBudget(contacts, settings.budget, session, now);
  if (held) return ['hold', held];
}

/**
 * One decision per campaign, in rank order (manual first, then priority high to low, then id), with the exact reason
 * the debug panel shows (as data; explainDecision adds an audience refusal's failing leaf and the words). Of the campaigns that may show, the first interruptive one takes the one floating place and
 * the first per slot takes its slot; the rest hold. Pure and deterministic: the SDK and the collector, given the same
 * input, decide the same. Budgets count `state.contacts`: record each interruptive prompt shown with recordContact.
 * A higher-ranked campaign that becomes eligible takes the floating place from one on screen, if the budget allows it.
 */
export function decide(input: DecideInput): Decision[] {
  const taken = new Map<string, string>();
  return [...input.campaigns].sort(rank(input.manual)).map((campaign) => {
    const interruptive = isInterruptive(campaign, input.slots);
    const decision = (verdict: Verdict, reason: Reason): Decision => ({ campaignId: campaign.id, verdict, interruptive, reason });
    const refused = campaign.id != input.manual && refuse(campaign, interruptive, input);
    if (refused) return decision(...refused);
    const place = interruptive ? '' : campaign.placement.slot!;
    const by = taken.get(place);
    if (by) return decision('hold', interruptive ? { code: 'interruptive-slot-taken', by } : { code: 'slot-taken', by, slot: place });
    taken.set(place, campaign.id);
    if (campaign.id == input.manual) return decision('show', { code: 'manual', campaign: campaign.id });
    const { priority } = campaign;
    return decision('show', interruptive ? { code: 'shown', priority, floating: campaign.placement.floating } : { code: 'shown', priority, slot: place });
  });
}
