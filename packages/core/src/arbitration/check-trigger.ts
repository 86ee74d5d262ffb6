import type { Campaign } from '../campaign.ts';
import type { Reason } from './reason.ts';
import { matchPath } from './match-path.ts';

type Attributes = Record<string, any>;
type Range = { min?: number; max?: number };

// an unknown count (no signed_up_at trait) is in no range: undefined compares false
const inRange = (days: any, { min = -Infinity, max = Infinity }: Range) => days >= min && days <= max;

/**
 * Whether the campaign's trigger holds in this context (built by buildContext). Triggers are states, not moments: an
 * event trigger holds from the nth event on, a usage trigger while the meter is at the threshold, so a reload or a
 * second device reaches the same answer. A manual trigger never holds here: decide lets `show(id)` through.
 */
export function triggerHolds(campaign: Campaign, context: Attributes): boolean {
  const trigger = campaign.trigger;
  switch (trigger.type) {
    case 'page':
      return matchPath(trigger.path, context.page?.path ?? '');
    case 'event':
      return (context.counters?.[trigger.event]?.total ?? 0) >= trigger.count;
    case 'usage': {
      const ratio = context.usage?.[trigger.metric]?.ratio;
      return ratio != null && ratio >= trigger.threshold;
    }
    case 'schedule': {
      const { days_since_signup: since, days_to_renewal: renewal } = context.computed ?? {};
      const { daysSinceSignup: signup, daysToRenewal: due } = trigger;
      if (signup && !inRange(since, signup)) return false;
      return (
        !due ||
        (renewal != null && (!due.in || due.in.includes(renewal)) && (due.atMost == null || inRange(renewal, { min: 0, max: due.atMost })))
      );
    }
    case 'manual':
      return false;
  }
}

/**
 * Why the trigger does not hold, as the debug panel and the collector show it (explainDecisions); only asked when
 * triggerHolds said no, so decide, in the browser's first script, carries none of these details.
 */
export function triggerDetails(campaign: Campaign, context: Attributes): Reason {
  const trigger = campaign.trigger;
  switch (trigger.type) {
    case 'page':
      return { code: 'trigger', page: context.page?.path ?? '', pattern: trigger.path };
    case 'event':
      return { code: 'trigger', event: trigger.event, tracked: context.counters?.[trigger.event]?.total ?? 0, count: trigger.count };
    case 'usage': {
      const { metric, threshold } = trigger;
      const ratio = context.usage?.[metric]?.ratio;
      return ratio == null ? { code: 'trigger', metric } : { code: 'trigger', metric, ratio, threshold };
    }
    case 'schedule': {
      const { days_since_signup: since, days_to_renewal: renewal } = context.computed ?? {};
      const signup = trigger.daysSinceSignup;
      if (signup && !inRange(since, signup)) return { code: 'schedule', trait: 'days_since_signup', days: since, ...signup };
      const due = trigger.daysToRenewal!;
      const trait = 'days_to_renewal';
      if (renewal == null) return { code: 'schedule', trait };
      if (due.in && !due.in.includes(renewal)) return { code: 'schedule', trait, days: renewal, oneOf: due.in };
      return { code: 'schedule', trait, days: renewal, min: 0, max: due.atMost };
    }
    case 'manual':
      return { code: 'trigger', campaign: campaign.id };
  }
}
