import type { Campaign } from '../campaign.ts';
import type { ComputedTraits } from '../context/computed-traits.ts';
import type { EvaluationContext } from '../context/build-context.ts';
import { triggerCounter } from '../context/counted-names.ts';
import { matchPath } from './match-path.ts';
import type { Reason } from './reason.ts';

type ScheduleTrigger = Extract<Campaign['trigger'], { type: 'schedule' }>;
type Range = { min?: number; max?: number };

/** An unknown count (no signed_up_at or renews_at trait) is in no range. */
function inRange(days: number | undefined, { min = -Infinity, max = Infinity }: Range): boolean {
  return days != null && days >= min && days <= max;
}

/** Why a schedule trigger (days since signup, days to renewal) does not hold; undefined when it does. */
function checkDays(trigger: ScheduleTrigger, computed: ComputedTraits): Reason | undefined {
  const signup = trigger.daysSinceSignup;
  const since = computed.days_since_signup;
  if (signup && !inRange(since, signup)) return { code: 'schedule', trait: 'days_since_signup', days: since, ...signup };
  const due = trigger.daysToRenewal;
  if (!due) return;
  const trait = 'days_to_renewal';
  const renewal = computed.days_to_renewal;
  if (renewal == null) return { code: 'schedule', trait };
  if (due.in && !due.in.includes(renewal)) return { code: 'schedule', trait, days: renewal, oneOf: due.in };
  const window = { min: 0, max: due.atMost };
  if (due.atMost != null && !inRange(renewal, window)) return { code: 'schedule', trait, days: renewal, ...window };
}

/**
 * Why the campaign's trigger does not hold in this context (built by buildContext), with what it saw; undefined when it
 * holds. Triggers are states, not moments: an event trigger holds from the nth event on, a usage trigger while the
 * meter is at the threshold, so a reload or a second device reaches the same answer. A manual trigger never holds
 * here: decide lets `show(id)` through.
 */
export function checkTrigger(campaign: Campaign, context: EvaluationContext): Reason | undefined {
  const trigger = campaign.trigger;
  switch (trigger.type) {
    case 'page': {
      const page = context.page.path ?? '';
      if (!matchPath(trigger.path, page)) return { code: 'trigger', page, pattern: trigger.path };
      return;
    }
    case 'event': {
      const tracked = context.counters[triggerCounter(trigger)]?.total ?? 0;
      if (tracked < trigger.count) return { code: 'trigger', event: trigger.event, tracked, count: trigger.count };
      return;
    }
    case 'usage': {
      const { metric, threshold } = trigger;
      const ratio = context.usage[metric]?.ratio;
      if (ratio == null) return { code: 'trigger', metric };
      if (ratio < threshold) return { code: 'trigger', metric, ratio, threshold };
      return;
    }
    case 'schedule':
      return checkDays(trigger, context.computed);
    case 'manual':
      return { code: 'trigger', campaign: campaign.id };
  }
}
