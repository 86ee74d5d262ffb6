import {
  type ComputedSegmentTrait,
  type ComputedTraits,
  computeTraits,
  type Counters,
  type GrowthEvent,
  isComputedSegmentTrait,
  type PublicSettings,
  SURVEY_ANSWER_EVENT,
  type Trigger,
} from '@growthkit/core';
import { replayHistory } from '../eligibility/replay-history.ts';
import type { ComputedTraitSources, OwnedCount, SegmentMembers, Store, TraitSegment } from '../store/store.ts';
import { scoreAccountUsage, scorecardSince } from '../value/account-value.ts';
import { timeSlices } from '../store/time-slices.ts';

/** A computed value against the segment's text: a list holds it, a number or text is it as text, null never matches. */
function matches(computed: ComputedTraits[ComputedSegmentTrait], value: string): boolean {
  if (Array.isArray(computed)) return (computed as readonly string[]).includes(value);
  return computed !== null && computed !== undefined && String(computed) === value;
}

/** Each user's events as replayHistory reads them, and their counted track events (taking the thread in slices). */
async function byOwner({ events, counts }: Pick<ComputedTraitSources, 'events' | 'counts'>, pause: () => Promise<void>) {
  const owners = new Map<string, { events: GrowthEvent[]; counts: OwnedCount[] }>();
  const of = (owner: string) => {
    const found = owners.get(owner);
    if (found) return found;
    const mine = { events: [] as GrowthEvent[], counts: [] as OwnedCount[] };
    owners.set(owner, mine);
    return mine;
  };
  for (const { owner, ...event } of events) {
    await pause();
    of(owner).events.push({ ...event, id: '', anonymousId: '', userId: owner } as GrowthEvent);
  }
  for (const count of counts) {
    await pause();
    of(count.owner).counts.push(count);
  }
  return owners;
}

/**
 * The counters with the counted track events added: what recordEvent reaches one event at a time (total, first, last,
 * a count per UTC day), for names the replay did not count (or, day null, only its events before the days counted).
 */
function withCounts(counters: Counters, counts: readonly OwnedCount[]): Counters {
  const added: Counters = { ...counters };
  for (const { name, day, count, first, last } of counts) {
    const old = Object.hasOwn(added, name) ? added[name] : undefined;
    added[name] = {
      total: (old?.total ?? 0) + count,
      first: old && Date.parse(old.first) <= Date.parse(first) ? old.first : first,
      last: old && Date.parse(old.last) >= Date.parse(last) ? old.last : last,
      days: day === null ? { ...old?.days } : { ...old?.days, [day]: (old?.days[day] ?? 0) + count },
    };
  }
  return added;
}

/** The names whose events the replay must see one by one: each event trigger's (its props may matter) and survey answers. */
const replayedNames = (triggers: readonly Trigger[]) => [
  ...new Set([SURVEY_ANSWER_EVENT, ...triggers.flatMap((trigger) => (trigger.type === 'event' ? [trigger.event] : []))]),
];

/**
 * The users whose computed trait has the segment's value at `now`, and their accounts: every user's history replayed
 * as the user picture replays it (replayHistory with the live campaigns' triggers, the account's value scorecard), then
 * core's computeTraits on what userContext would give it. The store reads the whole project at once; the plain track
 * events come counted per name and day (the counters recordEvent would reach), the rest one by one. The replay takes
 * the main thread in slices (thousands of users take seconds), and stops when `signal` aborts.
 */
async function computedMembers(
  store: Store,
  project: { id: string; settings: PublicSettings },
  segment: TraitSegment & { trait: ComputedSegmentTrait },
  now: Date,
  signal: AbortSignal | undefined,
): Promise<SegmentMembers> {
  const triggers = (await store.liveCampaigns(project.id)).map((campaign) => campaign.trigger);
  const sources = await store.computedTraitSources(project.id, { since: scorecardSince(now), replayed: replayedNames(triggers), signal });
  const pause = timeSlices(signal);
  const scores = new Map<string, number | null>();
  const users: string[] = [];
  const accounts = new Set<string>();
  for (const [userId, mine] of await byOwner(sources, pause)) {
    await pause();
    const history = replayHistory(mine.events, triggers);
    const accountId = typeof history.account.id === 'string' ? history.account.id : undefined;
    let valueScore: number | null | undefined;
    if (accountId !== undefined) {
      // the scorecard is the account's, whichever of its users asks: worked out once per account and its traits
      const key = JSON.stringify(history.account);
      if (!scores.has(key))
        scores.set(
          key,
          scoreAccountUsage(history.account, sources.accounts[accountId] ?? { days: [], activeSeats: 0 }, project.settings, now)
            .value_score,
        );
      valueScore = scores.get(key);
    }
    // the very input userContext gives buildContext for the user picture's `computed`, without the rest of the context
    const { traits, account, usage } = history;
    const counters = withCounts(history.counters, mine.counts);
    const computed = computeTraits({ traits, account, counters, usage, now, settings: project.settings, valueScore });
    if (!matches(computed[segment.trait], segment.value)) continue;
    users.push(userId);
    if (accountId !== undefined) accounts.add(accountId);
  }
  return { users: users.sort(), accounts: [...accounts].sort() };
}

/**
 * The segment as the store counts it: a stored trait as it is; a computed one (core's COMPUTED_SEGMENT_TRAITS) with its members as
 * of `now`, the instant the user picture would compute them at. `signal`: the asking request's (see ReportCall).
 */
export async function countedSegment(
  store: Store,
  project: { id: string; settings: PublicSettings },
  segment: TraitSegment | undefined,
  now: Date,
  signal?: AbortSignal,
): Promise<TraitSegment | undefined> {
  if (!segment || !isComputedSegmentTrait(segment.trait)) return segment;
  return { ...segment, members: await computedMembers(store, project, { ...segment, trait: segment.trait }, now, signal) };
}
