import type { PublicSettings } from '../config.ts';
import type { Contact } from '../state.ts';
import { isoTime as iso } from './iso-time.ts';
import type { Reason } from './reason.ts';

const DAY = 86_400_000;

/**
 * Whether the project-wide contact budget allows one more interruptive prompt now, counted over every campaign and
 * widget type: prompts in this session, in the rolling last 24 hours and 7 days, and the minimum gap since the last
 * prompt. Undefined when it does; otherwise the reason, with the longest wait first.
 */
export function checkBudget(
  contacts: readonly Contact[],
  budget: PublicSettings['budget'],
  session: string,
  now: Date,
): Reason | undefined {
  const t = now.getTime();
  const times = contacts.map((contact) => Date.parse(contact.at)).sort((a, b) => a - b);
  const inSession = contacts.filter((contact) => contact.session == session).length;
  if (inSession >= budget.perSession) return { code: 'budget', window: 'session', count: inSession, limit: budget.perSession };
  for (const [window, span, limit] of [
    ['week', 7 * DAY, budget.perWeek],
    ['day', DAY, budget.perDay],
  ] as const) {
    const recent = times.filter((at) => at > t - span);
    if (recent.length < limit) continue;
    // the prompt whose expiry brings the count below the limit; none with a limit of 0
    const until = limit > 0 ? iso(recent[recent.length - limit] + span) : undefined;
    return { code: 'budget', window, count: recent.length, limit, until };
  }
  const last = times[times.length - 1];
  const gap = budget.minGapMinutes;
  const gapEnd = last + gap * 60_000;
  if (gapEnd > t) return { code: 'min-gap', last: iso(last), gap, until: iso(gapEnd) };
}
