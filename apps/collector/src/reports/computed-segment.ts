import {
  type ComputedSegmentTrait,
  type ComputedTraits,
  computeTraits,
  type GrowthEvent,
  isComputedSegmentTrait,
  type PublicSettings,
} from '@growthkit/core';
import { replayHistory } from '../eligibility/replay-history.ts';
import type { OwnedEvent, SegmentMembers, Store, TraitSegment } from '../store/store.ts';
import { scoreAccountUsage, scorecardSince } from '../value/account-value.ts';

/** A computed value against the segment's text: a list holds it, a number or text is it as text, null never matches. */
function matches(computed: ComputedTraits[ComputedSegmentTrait], value: string): boolean {
  if (Array.isArray(computed)) return (computed as readonly string[]).includes(value);
  return computed !== null && computed !== undefined && String(computed) === value;
}

/** Each user's events, in the order the store gave them. */
function byOwner(events: readonly OwnedEvent[]): Map<string, GrowthEvent[]> {
  const owners = new Map<string, GrowthEvent[]>();
  for (const { owner, ...event } of events) {
    const mine = owners.get(owner);
    const replayed = { ...event, id: '', anonymousId: '', userId: owner } as GrowthEvent;
    if (mine) mine.push(replayed);
    else owners.set(owner, [replayed]);
  }
  return owners;
}

/**
 * The users whose computed trait has the segment's value at `now`, and their accounts: every user's history replayed
 * as the user picture replays it (replayHistory with the live campaigns' triggers, the account's value scorecard), then
 * core's computeTraits on what userContext would give it, from two statements for the whole project.
 */
async function computedMembers(
  store: Store,
  project: { id: string; settings: PublicSettings },
  segment: TraitSegment & { trait: ComputedSegmentTrait },
  now: Date,
): Promise<SegmentMembers> {
  const [sources, campaigns] = await Promise.all([
    store.computedTraitSources(project.id, scorecardSince(now)),
    store.liveCampaigns(project.id),
  ]);
  const triggers = campaigns.map((campaign) => campaign.trigger);
  const scores = new Map<string, number | null>();
  const users: string[] = [];
  const accounts = new Set<string>();
  for (const [userId, events] of byOwner(sources.events)) {
    const history = replayHistory(events, triggers);
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
    const { traits, account, counters, usage } = history;
    const computed = computeTraits({ traits, account, counters, usage, now, settings: project.settings, valueScore });
    if (!matches(computed[segment.trait], segment.value)) continue;
    users.push(userId);
    if (accountId !== undefined) accounts.add(accountId);
  }
  return { users: users.sort(), accounts: [...accounts].sort() };
}

/**
 * The segment as the store counts it: a stored trait as it is; a computed one (core's COMPUTED_SEGMENT_TRAITS) with its members as
 * of `now`, the instant the user picture would compute them at.
 */
export async function countedSegment(
  store: Store,
  project: { id: string; settings: PublicSettings },
  segment: TraitSegment | undefined,
  now: Date,
): Promise<TraitSegment | undefined> {
  if (!segment || !isComputedSegmentTrait(segment.trait)) return segment;
  return { ...segment, members: await computedMembers(store, project, { ...segment, trait: segment.trait }, now) };
}
