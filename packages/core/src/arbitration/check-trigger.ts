import type { Campaign } from '../campaign.ts';
import type { Reason } from './reason.ts';
import { matchPath } from './match-path.ts';

type Attributes = Record<string, any>;

/**
 * Why the campaign's trigger does not hold in this context (built by buildContext), or undefined when it does.
 * Triggers are states, not moments: an event trigger holds from the nth event on, a usage trigger while the meter is
 * at the threshold, so a reload or a second device reaches the same answer. A manual trigger never holds here: decide
 * lets `show(id)` through.
 */
export function checkTrigger(campaign: Campaign, context: Attributes): Reason | undefined {
  const trigger = campaign.trigger;
  switch (trigger.type) {
    case 'page': {
      const page = context.page?.path ?? '';
      if (!matchPath(trigger.path, page)) return { code: 'trigger', page, pattern: trigger.path };
      return;
    }
    case 'event': {
      const tracked = context.counters?.[trigger.event]?.total ?? 0;
      return tracked >= trigger.count ? undefined : { code: 'trigger', event: trigger.event, tracked, count: trigger.count };
    }
    case 'usage': {
      const { metric, threshold } = trigger;
      const ratio = context.usage?.[metric]?.ratio;
      if (ratio == null) return { code: 'trigger', metric };
      if (ratio < threshold) return { code: 'trigger', metric, ratio, threshold };
      return;
    }
    case 'schedule': {
      const { days_since_signup: since, days_to_renewal: renewal } = context.computed ?? {};
      const signup = trigger.daysSinceSignup;
      // an unknown count (no signed_up_at trait) is in no range
      if (signup && !(since >= (signup.min ?? -Infinity) && since <= (signup.max ?? Infinity)))
        return { code: 'schedule', trait: 'days_since_signup', days: since, ...signup };
      const due = trigger.daysToRenewal;
      if (due) {
        const trait = 'days_to_renewal';
        if (renewal == null) return { code: 'schedule', trait };
        if (due.in && !due.in.includes(renewal)) return { code: 'schedule', trait, days: renewal, oneOf: due.in };
        if (due.atMost != null && (renewal < 0 || renewal > due.atMost)) return { code: 'schedule', trait, days: renewal, min: 0, max: due.atMost };
      }
      return;
    }
    case 'manual':
      return { code: 'trigger', campaign: campaign.id };
  }
}
