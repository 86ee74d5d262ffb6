import type { PublicSettings } from '../config.ts';
import type { Contact } from '../state.ts';
import { isoTime as iso } from './iso-time.ts';
import type { Reason } from './reason.ts';

const DAY = 86_400_000;
type Budget = PublicSettings['budget'];

/**
 * Whether the project-wide contact budget allows one more interruptive prompt now, counted over every campaign and
 * widget type: prompts in this session, in the rolling last 24 hours and 7 days, and the minimum gap since the last
 * prompt. Undefined when it does; otherwise the code, `budget` before `min-gap` (budgetDetails says which limit).
 */
export function checkBudget(contacts: readonly Contact[], budget: Budget, session: string, now: Date): 'budget' | 'min-gap' | undefined {
  const within = (span: number) => contacts.filter((contact) => Date.parse(contact.at) > now.getTime() - span).length;
  const inSession = contacts.filter((contact) => contact.session == session).length;
  if (inSession >= budget.perSession || within(7 * DAY) >= budget.perWeek || within(DAY) >= budget.perDay) return 'budget';
  // the gap since the last prompt has not passed while any prompt is more recent than the gap
  if (within(budget.minGapMinutes * 60_000)) return 'min-gap';
}

/**
 * The budget reason as the debug panel and the collector show it, with the longest wait first; only asked when
 * checkBudget refused, so the browser's first script carries none of it.
 */
export function budgetDetails(contacts: readonly Contact[], budget: Budget, session: string, now: Date): Reason {
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
  return { code: 'min-gap', last: iso(last), gap, until: iso(last + gap * 60_000) };
}
