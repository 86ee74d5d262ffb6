import type { Campaign } from '../campaign.ts';
import { explainCondition } from '../condition/explain-condition.ts';
import type { SavedGroups } from '../condition/saved-groups.ts';
import type { PublicSettings } from '../config.ts';
import type { EvaluationContext } from '../context/build-context.ts';
import type { UserState } from '../state.ts';
import { checkBudget } from './contact-budget.ts';
import { checkTrigger } from './check-trigger.ts';
import { describeReason } from './describe-reason.ts';
import { isInterruptive } from './is-interruptive.ts';
import { isoTime } from './iso-time.ts';
import { checkQuietHours } from './quiet-hours.ts';
import { checkReached } from './reached-elsewhere.ts';
import type { Reason, Verdict } from './reason.ts';
import { WITH_WORDS } from './with-words.ts';

const HOUR = 3_600_000;

export interface DecideInput {
  campaigns: readonly Campaign[];
  context: EvaluationContext;
  state: UserState;
  settings: Pick<PublicSettings, 'budget' | 'quietHours' | 'reachedTrait' | 'reachedWithinDays'>;
  now: Date;
  /** the user's IANA time zone, for quiet hours; an unknown zone counts as UTC */
  timeZone: string;
  /** the current session id, for the per-session budget */
  session: string;
  /** names of the `data-growthkit` slots on the page; omitted (collector) = every slot is there */
  slots?: readonly string[];
  /** the host page has a modal open: floating campaigns wait, except the one asked for by `show(id)` */
  hostModal?: boolean;
  /** campaigns on screen now: they keep their place against caps, budget and quiet hours until they go */
  showing?: readonly string[];
  /** the campaign asked for by `show(id)`: it shows whatever its rules say, ahead of all others */
  manual?: string;
  /** when the page view on screen began (ISO); omitted (collector) = no page view is on */
  pageViewAt?: string;
  savedGroups?: SavedGroups;
}

export interface Decision {
  campaignId: string;
  verdict: Verdict;
  interruptive: boolean;
  /** the exact reason with its details; with its words (`message`) too where WITH_WORDS */
  reason: Reason;
}

/** why a campaign may not show by its own rules, and whether it waits (hold) or is ruled out (skip) */
type Refusal = { verdict: Exclude<Verdict, 'show'>; reason: Reason };

/** Manual first, then priority high to low, then id. */
function byRank(manual: string | undefined) {
  return (a: Campaign, b: Campaign): number => {
    const manualFirst = Number(b.id === manual) - Number(a.id === manual);
    if (manualFirst !== 0) return manualFirst;
    if (a.priority !== b.priority) return b.priority - a.priority;
    if (a.id < b.id) return -1;
    if (a.id > b.id) return 1;
    return 0;
  };
}

function checkSchedule({ schedule }: Campaign, t: number): Refusal | undefined {
  // an absent bound parses as NaN, which compares false
  const start = Date.parse(schedule?.start ?? '');
  if (start > t) return { verdict: 'hold', reason: { code: 'schedule', until: isoTime(start) } };
  const end = Date.parse(schedule?.end ?? '');
  if (end <= t) return { verdict: 'skip', reason: { code: 'schedule', ended: isoTime(end) } };
}

function checkDismissed(campaign: Campaign, dismissedAt: string | undefined, t: number): Refusal | undefined {
  if (!dismissedAt) return;
  const at = Date.parse(dismissedAt);
  const hours = campaign.frequency.dismissCooldownHours;
  if (hours == null) return { verdict: 'skip', reason: { code: 'dismissed', at: isoTime(at) } };
  const until = at + hours * HOUR;
  if (until > t) return { verdict: 'hold', reason: { code: 'dismissed', at: isoTime(at), until: isoTime(until) } };
}

/**
 * A survey asks once: answered, it keeps its thank-you for the page view the answer was given in (so the user sees it
 * was received), and is over from the next one on (a reload, a route, another device), without a dismissal.
 */
function checkAnswered(campaign: Campaign, completedAt: string | undefined, pageViewAt: string | undefined): Refusal | undefined {
  if (campaign.widget.type !== 'survey' || !completedAt) return;
  const at = Date.parse(completedAt);
  if (pageViewAt && at >= Date.parse(pageViewAt)) return;
  return { verdict: 'skip', reason: { code: 'answered', at: isoTime(at) } };
}

/** Why the campaign may not show by its own rules, first reason first; undefined when it may. */
function refuse(campaign: Campaign, interruptive: boolean, input: DecideInput): Refusal | undefined {
  const { context, state, settings, now, session } = input;
  if (campaign.status !== 'live') return { verdict: 'skip', reason: { code: 'status', status: campaign.status } };
  const scheduled = checkSchedule(campaign, now.getTime());
  if (scheduled) return scheduled;
  const audience = explainCondition(context, campaign.audience, input.savedGroups);
  if (audience) return { verdict: 'skip', reason: { code: 'audience', ...audience } };
  const trigger = checkTrigger(campaign, context);
  if (trigger) return { verdict: 'hold', reason: trigger };
  const own = state.campaigns[campaign.id];
  const dismissed = checkDismissed(campaign, own?.dismissedAt, now.getTime());
  if (dismissed) return dismissed;
  const answered = checkAnswered(campaign, own?.completedAt, input.pageViewAt);
  if (answered) return answered;
  // before the on-screen exemption below: a floating widget on screen steps aside while the host's modal is open
  if (interruptive && input.hostModal) return { verdict: 'hold', reason: { code: 'host-modal' } };
  const contacts = state.contacts ?? [];
  // A prompt on screen, or already shown in this session, interrupts no further by staying: its caps were counted.
  const shownThisSession = contacts.some((contact) => contact.campaignId === campaign.id && contact.session === session);
  if (shownThisSession || input.showing?.includes(campaign.id)) return;
  const max = campaign.frequency.maxImpressions;
  const impressions = own?.impressions ?? 0;
  if (max && impressions >= max) return { verdict: 'skip', reason: { code: 'frequency', impressions, max } };
  if (!interruptive) return;
  const reached = checkReached(context, settings, now);
  if (reached) return { verdict: 'skip', reason: reached };
  const quiet = checkQuietHours(settings.quietHours, now, input.timeZone);
  if (quiet) return { verdict: 'hold', reason: quiet };
  const budget = checkBudget(contacts, settings.budget, session, now);
  if (budget) return { verdict: 'hold', reason: budget };
}

/** Why a campaign that may show does show: by `show(id)`, or in its place by priority. */
function showReason(campaign: Campaign, manual: string | undefined): Reason {
  if (campaign.id === manual) return { code: 'manual', campaign: campaign.id };
  const { priority, placement } = campaign;
  if ('slot' in placement) return { code: 'shown', priority, slot: placement.slot };
  return { code: 'shown', priority, floating: placement.floating };
}

/**
 * One decision per campaign, in rank order (manual first, then priority high to low, then id), each with the exact
 * reason and its details (an audience refusal's failing leaf, a budget's window and when it frees up, …), found by the
 * same checks that decided. Where WITH_WORDS, each reason also carries its words (describeReason); the browser's
 * first script is built without them. Of the campaigns that may show, the first interruptive one takes the one
 * floating place and the first per slot takes its slot; the rest hold. An inline campaign whose slot is not on the
 * page holds (`slot-missing`), spending nothing; floating ones hold while the host has a modal open (`host-modal`).
 * `show(id)` skips its own rules (budget, quiet hours, the host's modal) but not a missing slot. Pure and
 * deterministic: the SDK and the collector, given the same input, decide the same. Budgets count `state.contacts`: record each interruptive prompt
 * shown with recordContact. A higher-ranked campaign that becomes eligible takes the floating place from one on
 * screen, if the budget allows it.
 */
export function decide(input: DecideInput): Decision[] {
  // each place (the floating one `''`, or a slot) and the campaign that shows there
  const taken = new Map<string, string>();
  return [...input.campaigns].sort(byRank(input.manual)).map((campaign) => {
    const interruptive = isInterruptive(campaign);
    const decision = (verdict: Verdict, reason: Reason): Decision => ({
      campaignId: campaign.id,
      verdict,
      interruptive,
      reason: WITH_WORDS ? { ...reason, message: describeReason(reason) } : reason,
    });
    const refused = campaign.id !== input.manual && refuse(campaign, interruptive, input);
    if (refused) return decision(refused.verdict, refused.reason);
    const slot = 'slot' in campaign.placement ? campaign.placement.slot : '';
    // after its own rules, so only a campaign that would show says its slot is missing (the SDK warns of it)
    if (input.slots && slot && !input.slots.includes(slot)) return decision('hold', { code: 'slot-missing', slot });
    const by = taken.get(slot);
    if (by !== undefined) {
      return decision('hold', interruptive ? { code: 'interruptive-slot-taken', by } : { code: 'slot-taken', by, slot });
    }
    taken.set(slot, campaign.id);
    return decision('show', showReason(campaign, input.manual));
  });
}
