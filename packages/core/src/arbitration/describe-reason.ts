import { describeConditionFailure } from './describe-condition-failure.ts';
import type { Reason } from './reason.ts';

const json = JSON.stringify;
const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;
const two = (n: number) => String(n).padStart(2, '0');

/** A day count's allowed range in words; a range has at least one bound. */
function range(min?: number, max?: number): string {
  if (min == null) return `at most ${max}`;
  if (max == null) return `at least ${min}`;
  return `${min} to ${max}`;
}

/** the trait each computed day count comes from */
const SOURCE = { days_since_signup: 'signed_up_at', days_to_renewal: 'renews_at' };
const WINDOW = { day: 'last 24 hours', week: 'last 7 days' };

/**
 * A reason in words, exact and without its code, e.g. `plan is "basic"; needs $in ["trial"]`: what the debug panel and
 * the collector's eligibility endpoint show. decide attaches it only where WITH_WORDS, so the browser's first script
 * carries no words.
 */
export function describeReason(reason: Reason): string {
  switch (reason.code) {
    case 'shown':
      return `eligible, priority ${reason.priority}, ${'slot' in reason ? `in slot "${reason.slot}"` : `floating as ${reason.floating}`}`;
    case 'manual':
      return `shown by show("${reason.campaign}")`;
    case 'status':
      return `campaign is ${reason.status === 'draft' ? 'a draft' : 'paused'}`;
    case 'schedule':
      if ('ended' in reason) return `ended at ${reason.ended}`;
      if (!('trait' in reason)) return `starts at ${reason.until}`;
      if (reason.days == null) return `${reason.trait} is unknown (no ${SOURCE[reason.trait]} trait)`;
      return `${reason.trait} is ${reason.days}; needs ${reason.oneOf ? `one of ${reason.oneOf.join(', ')}` : range(reason.min, reason.max)}`;
    case 'trigger':
      if ('campaign' in reason) return `shows only through show("${reason.campaign}")`;
      if ('page' in reason) return `path ${json(reason.page)} does not match ${json(reason.pattern)}`;
      if ('event' in reason) return `"${reason.event}" tracked ${reason.tracked} of ${reason.count} times`;
      if (!('ratio' in reason)) return `no usage with a limit reported for "${reason.metric}"`;
      return `${reason.metric} is at ${percent(reason.ratio)} of its limit; needs ${percent(reason.threshold)}`;
    case 'audience':
      return describeConditionFailure(reason);
    case 'dismissed':
      return `dismissed at ${reason.at}; ${reason.until ? `may show again at ${reason.until}` : 'never shows again'}`;
    case 'answered':
      return `answered at ${reason.at}; a survey asks once`;
    case 'frequency':
      return `shown ${reason.impressions} of ${reason.max} times (maxImpressions)`;
    case 'reached-elsewhere':
      if (!reason.until) return `${reason.trait} is true`;
      return `${reason.trait} is ${json(reason.value)}, within ${reason.days} days; prompts resume at ${reason.until}`;
    case 'quiet-hours': {
      const { minutes } = reason;
      const clock = `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
      return `${clock} in ${reason.timeZone} is within quiet hours ${reason.start}–${reason.end}; ends at ${reason.until}`;
    }
    case 'min-gap':
      return `last interruptive prompt at ${reason.last}; the ${reason.gap}-minute gap ends at ${reason.until}`;
    case 'budget': {
      const { window, count, limit, until } = reason;
      const prompts = `${count} of ${limit} interruptive prompts`;
      if (window === 'session') return `${prompts} this session; ${limit ? 'frees up next session' : 'none allowed'}`;
      return `${prompts} in the ${WINDOW[window]}; ${until ? `frees up at ${until}` : 'none allowed'}`;
    }
    case 'interruptive-slot-taken':
      return `"${reason.by}" shows instead; one interruptive prompt at a time`;
    case 'slot-taken':
      return `"${reason.by}" shows in slot "${reason.slot}" instead`;
    case 'slot-missing':
      return `waits for its slot "${reason.slot}"`;
    case 'host-modal':
      return "waits for the host page's modal to close";
  }
}
