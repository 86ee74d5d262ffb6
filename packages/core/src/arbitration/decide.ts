import type { Campaign } from '../campaign.ts';
import type { PublicSettings } from '../config.ts';
import { evalCondition, type SavedGroups } from '../condition/eval-condition.ts';
import type { UserState } from '../state.ts';
import { checkBudget } from './contact-budget.ts';
import { checkTrigger } from './check-trigger.ts';
import { explainCondition } from './explain-condition.ts';
import { isInterruptive } from './is-interruptive.ts';
import { formatClock, localMinutes, quietUntil } from './quiet-hours.ts';
import type { Reason, Verdict } from './reason.ts';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

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

const rank = (manual?: string) => (a: Campaign, b: Campaign) =>
  +(b.id == manual) - +(a.id == manual) || b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function validZone(timeZone: string) {
  try {
    localMinutes(new Date(0), timeZone);
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** Why the campaign may not show on its own rules, or undefined when it may (places are shared out in decide). */
function refuse(campaign: Campaign, interruptive: boolean, input: DecideInput): [Verdict, Reason] | undefined {
  const { context, state, settings, now, session } = input;
  const t = now.getTime();
  if (campaign.status != 'live') return ['skip', { code: 'status', message: `campaign is ${campaign.status == 'draft' ? 'a draft' : 'paused'}` }];
  const { start, end } = campaign.schedule ?? {};
  if (start && Date.parse(start) > t) return ['hold', { code: 'schedule', until: iso(Date.parse(start)), message: `starts at ${iso(Date.parse(start))}` }];
  if (end && Date.parse(end) <= t) return ['skip', { code: 'schedule', message: `ended at ${iso(Date.parse(end))}` }];
  if (!evalCondition(context, campaign.audience, input.savedGroups)) {
    const failure = explainCondition(context, campaign.audience, input.savedGroups);
    return ['skip', { code: 'audience', message: failure?.message ?? 'audience does not match', path: failure?.path, value: failure?.value }];
  }
  const trigger = checkTrigger(campaign, context);
  if (trigger) return ['hold', trigger];
  const own = state.campaigns[campaign.id];
  if (own?.dismissedAt) {
    const hours = campaign.frequency.dismissCooldownHours;
    const dismissed = iso(Date.parse(own.dismissedAt));
    if (hours == null) return ['skip', { code: 'dismissed', message: `dismissed at ${dismissed}; never shows again` }];
    const until = Date.parse(own.dismissedAt) + hours * HOUR;
    if (until > t) return ['hold', { code: 'dismissed', until: iso(until), message: `dismissed at ${dismissed}; may show again at ${iso(until)}` }];
  }
  const contacts = state.contacts ?? [];
  // A prompt already on screen, or already shown in this session, interrupts no further by staying.
  if (input.showing?.includes(campaign.id) || contacts.some((c) => c.campaignId == campaign.id && c.session == session)) return;
  const max = campaign.frequency.maxImpressions;
  if (max && (own?.impressions ?? 0) >= max) return ['skip', { code: 'frequency', message: `shown ${own!.impressions} of ${max} times (maxImpressions)` }];
  if (!interruptive) return;
  const trait = settings.reachedTrait;
  const reached = trait ? (context[trait] ?? (context.account as Record<string, unknown> | undefined)?.[trait]) : undefined;
  if (reached === true) return ['skip', { code: 'reached-elsewhere', message: `${trait} is true` }];
  const reachedAt = typeof reached == 'string' ? Date.parse(reached) : typeof reached == 'number' ? reached : NaN;
  const reachedUntil = reachedAt + settings.reachedWithinDays * 24 * HOUR;
  if (reachedAt <= t && reachedUntil > t)
    return ['skip', { code: 'reached-elsewhere', until: iso(reachedUntil), message: `${trait} is ${JSON.stringify(reached)}, within ${settings.reachedWithinDays} days; prompts resume at ${iso(reachedUntil)}` }];
  const quiet = settings.quietHours;
  const zone = validZone(input.timeZone);
  const quietEnd = quiet && quietUntil(quiet, now, zone);
  if (quietEnd)
    return ['hold', { code: 'quiet-hours', until: quietEnd.toISOString(), message: `${formatClock(localMinutes(now, zone))} in ${zone} is within quiet hours ${quiet.start}–${quiet.end}; ends at ${quietEnd.toISOString()}` }];
  const budget = checkBudget(contacts, settings.budget, session, now);
  if (budget) return ['hold', budget];
}

/**
 * One decision per campaign, in rank order (manual first, then priority high to low, then id), with the exact reason
 * the debug panel shows. Of the campaigns that may show, the first interruptive one takes the one floating place and
 * the first per slot takes its slot; the rest hold. Pure and deterministic: the SDK and the collector, given the same
 * input, decide the same. Budgets count `state.contacts`: record each interruptive prompt shown with recordContact.
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
    if (by)
      return decision(
        'hold',
        interruptive
          ? { code: 'interruptive-slot-taken', by, message: `"${by}" shows instead; one interruptive prompt at a time` }
          : { code: 'slot-taken', by, message: `"${by}" shows in slot "${place}" instead` },
      );
    taken.set(place, campaign.id);
    if (campaign.id == input.manual) return decision('show', { code: 'manual', message: `shown by show("${campaign.id}")` });
    const where = interruptive ? `floating as ${campaign.placement.floating}` : `in slot "${place}"`;
    return decision('show', { code: 'shown', message: `eligible, priority ${campaign.priority}, ${where}` });
  });
}
