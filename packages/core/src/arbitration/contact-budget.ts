import type { PublicSettings } from '../config.ts';
import type { Contact } from '../state.ts';
import { isoTime } from './iso-time.ts';
import type { Reason } from './reason.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;
type Budget = PublicSettings['budget'];

/**
 * Why the project-wide contact budget allows no interruptive prompt now, counted over every campaign and widget type;
 * undefined when it allows one. The limits, in order: prompts in this session, in the rolling last 7 days and 24
 * hours (with when the window frees up), then the minimum gap since the last prompt.
 */
export function checkBudget(contacts: readonly Contact[], budget: Budget, session: string, now: Date): Reason | undefined {
  const inSession = contacts.filter((contact) => contact.session === session).length;
  if (inSession >= budget.perSession) return { code: 'budget', window: 'session', count: inSession, limit: budget.perSession };
  const times = contacts.map((contact) => Date.parse(contact.at)).sort((a, b) => a - b);
  const since = (span: number) => times.filter((at) => at > now.getTime() - span);
  const windows = [
    ['week', 7 * DAY, budget.perWeek],
    ['day', DAY, budget.perDay],
  ] as const;
  for (const [window, span, limit] of windows) {
    const recent = since(span);
    if (recent.length < limit) continue;
    // the prompt whose expiry brings the count below the limit; none with a limit of 0
    const until = limit > 0 ? isoTime(recent[recent.length - limit] + span) : undefined;
    return { code: 'budget', window, count: recent.length, limit, until };
  }
  const gap = budget.minGapMinutes;
  const withinGap = since(gap * MINUTE);
  if (!withinGap.length) return;
  const last = withinGap[withinGap.length - 1];
  return { code: 'min-gap', last: isoTime(last), gap, until: isoTime(last + gap * MINUTE) };
}
