import { computeTraits, type ComputedInput } from './computed-traits.ts';
import { summarizeCounter, type CounterSummary } from './event-counters.ts';
import { usageReading } from './usage-reading.ts';

export interface ContextInput extends ComputedInput {
  userId?: string;
  anonymousId?: string;
  page?: { url?: string; path?: string };
  locale?: string;
  viewport?: { width: number; height: number };
  timeZone?: string;
}

/** The attributes buildContext names, over the user's traits. */
function namedAttributes(input: ContextInput) {
  const { account = {}, counters = {}, usage = {}, now } = input;
  const summaries: Record<string, CounterSummary> = {};
  for (const name in counters) summaries[name] = summarizeCounter(counters[name], now);
  const meters: Record<string, ReturnType<typeof usageReading>> = {};
  for (const metric in usage) meters[metric] = usageReading(usage[metric]);
  return {
    id: input.userId ?? input.anonymousId,
    userId: input.userId,
    anonymousId: input.anonymousId,
    account,
    computed: computeTraits(input),
    counters: summaries,
    usage: meters,
    page: input.page ?? {},
    locale: input.locale,
    viewport: input.viewport,
    timeZone: input.timeZone,
  };
}

/** The attributes conditions are evaluated against (buildContext): the user's traits and the named attributes. */
export type EvaluationContext = Record<string, unknown> & ReturnType<typeof namedAttributes>;

/**
 * The attributes conditions are evaluated against (SPEC §6). User traits sit at the top level, as GrowthBook users
 * write them (`{ "plan": "basic" }`); the names below win over a trait of the same name:
 * `id` (user id, else anonymous id), `userId`, `anonymousId`,
 * `account.<trait>` (the group's traits),
 * `computed.days_since_signup | days_to_renewal | tier | risk | riskSignals` (see computeTraits),
 * `counters.<event>.total | last7 | last14 | last30 | first | last` (see summarizeCounter; a dot in an event name
 *   hides it from dot paths, not from event triggers),
 * `usage.<metric>.used | limit | ratio` (see usageReading),
 * `page.url`, `page.path`, `locale`, `viewport.width | height`, `timeZone`.
 */
export function buildContext(input: ContextInput): EvaluationContext {
  const attributes: EvaluationContext = { ...input.traits, ...namedAttributes(input) };
  // GrowthBook treats a missing attribute as null; a key holding undefined would compare differently
  for (const key in attributes) if (attributes[key] === undefined) delete attributes[key];
  return attributes;
}
