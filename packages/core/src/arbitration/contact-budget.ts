import type { PublicSettings } from '../config.ts';
import type { Contact } from '../state.ts';
import type { Reason } from './reason.ts';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

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
  if (inSession >= budget.perSession)
    return {
      code: 'budget',
      window: 'session',
      message: `${inSession} of ${budget.perSession} interruptive prompts this session; ${budget.perSession ? 'frees up next session' : 'none allowed'}`,
    };
  for (const [window, span, limit, words] of [
    ['week', 7 * DAY, budget.perWeek, 'last 7 days'],
    ['day', DAY, budget.perDay, 'last 24 hours'],
  ] as const) {
    const recent = times.filter((at) => at > t - span);
    if (recent.length < limit) continue;
    // the prompt whose expiry brings the count below the limit; none with a limit of 0
    const until = limit > 0 ? iso(recent[recent.length - limit] + span) : undefined;
    return {
      code: 'budget',
      window,
      until,
      message: `${recent.length} of ${limit} interruptive prompts in the ${words}; ${until ? `frees up at ${until}` : 'none allowed'}`,
    };
  }
  const last = times[times.length - 1];
  const gapEnd = last + budget.minGapMinutes * 60_000;
  if (gapEnd > t)
    return {
      code: 'min-gap',
      until: iso(gapEnd),
      message: `last interruptive prompt at ${iso(last)}; the ${budget.minGapMinutes}-minute gap ends at ${iso(gapEnd)}`,
    };
}
