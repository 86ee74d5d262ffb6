import type { Campaign } from '../campaign.ts';
import type { Reason } from './reason.ts';
import { matchPath } from './match-path.ts';

type Attributes = Record<string, any>;

const range = (min?: number, max?: number) =>
  min != null && max != null ? `${min} to ${max}` : min != null ? `at least ${min}` : `at most ${max}`;

/**
 * Why the campaign's trigger does not hold in this context (built by buildContext), or undefined when it does.
 * Triggers are states, not moments: an event trigger holds from the nth event on, a usage trigger while the meter is
 * at the threshold, so a reload or a second device reaches the same answer. A manual trigger never holds here: decide
 * lets `show(id)` through.
 */
export function checkTrigger(campaign: Campaign, context: Attributes): Reason | undefined {
  const trigger = campaign.trigger;
  const hold = (message: string): Reason => ({ code: trigger.type == 'schedule' ? 'schedule' : 'trigger', message });
  switch (trigger.type) {
    case 'page': {
      const path = context.page?.path ?? '';
      if (!matchPath(trigger.path, path)) return hold(`path ${JSON.stringify(path)} does not match ${JSON.stringify(trigger.path)}`);
      return;
    }
    case 'event': {
      const total = context.counters?.[trigger.event]?.total ?? 0;
      return total >= trigger.count ? undefined : hold(`"${trigger.event}" tracked ${total} of ${trigger.count} times`);
    }
    case 'usage': {
      const ratio = context.usage?.[trigger.metric]?.ratio;
      if (ratio == null) return hold(`no usage with a limit reported for "${trigger.metric}"`);
      const percent = (r: number) => `${Math.round(r * 100)}%`;
      if (ratio < trigger.threshold)
        return hold(`${trigger.metric} is at ${percent(ratio)} of its limit; needs ${percent(trigger.threshold)}`);
      return;
    }
    case 'schedule': {
      const { days_since_signup: since, days_to_renewal: renewal } = context.computed ?? {};
      const signup = trigger.daysSinceSignup;
      if (signup) {
        if (since == null) return hold('days_since_signup is unknown (no signed_up_at trait)');
        if (since < (signup.min ?? -Infinity) || since > (signup.max ?? Infinity))
          return hold(`days_since_signup is ${since}; needs ${range(signup.min, signup.max)}`);
      }
      const due = trigger.daysToRenewal;
      if (due) {
        if (renewal == null) return hold('days_to_renewal is unknown (no renews_at trait)');
        if (due.in && !due.in.includes(renewal))
          return hold(`days_to_renewal is ${renewal}; needs one of ${due.in.join(', ')}`);
        if (due.atMost != null && (renewal < 0 || renewal > due.atMost))
          return hold(`days_to_renewal is ${renewal}; needs ${range(0, due.atMost)}`);
      }
      return;
    }
    case 'manual':
      return hold(`shows only through show("${campaign.id}")`);
  }
}
