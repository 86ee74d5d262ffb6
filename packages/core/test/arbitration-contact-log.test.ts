import { describe, expect, it } from 'vitest';
import { CONTACT_LOG_MAX, mergeState, recordContact, UserStateSchema, type Contact, type UserState } from '../src/index.ts';

const contact = (at: string, campaignId = 'a', session = 's1'): Contact => ({ at, campaignId, session });

/** a small deterministic generator, so failures replay */
function* random(seed: number) {
  let state = seed;
  for (;;) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    yield state / 2 ** 31;
  }
}

function randomState(next: () => number): UserState {
  const contacts = Array.from({ length: Math.floor(next() * 6) }, () =>
    contact(
      new Date(Date.UTC(2026, 10, 10) + (Math.floor(next() * 20) * 86_400_000) / 2).toISOString(),
      'abc'[Math.floor(next() * 3)],
      `s${Math.floor(next() * 3)}`,
    ),
  );
  return next() < 0.2 ? { campaigns: {} } : { campaigns: {}, contacts };
}

describe('mergeState with the contact log', () => {
  it('unions both logs, one entry per instant and campaign, oldest first', () => {
    const a = { campaigns: {}, contacts: [contact('2026-11-22T10:00:00Z'), contact('2026-11-22T12:00:00Z', 'b')] };
    const b = { campaigns: {}, contacts: [contact('2026-11-22T10:00:00.000+00:00', 'a', 's0'), contact('2026-11-22T11:00:00Z')] };
    expect(mergeState(a, b).contacts).toEqual([
      contact('2026-11-22T10:00:00.000+00:00', 'a', 's0'),
      contact('2026-11-22T11:00:00Z'),
      contact('2026-11-22T12:00:00Z', 'b'),
    ]);
  });

  it('drops contacts older than 7 days before the newest and keeps states without a log as they were', () => {
    const merged = mergeState(
      { campaigns: {}, contacts: [contact('2026-11-15T10:00:00Z'), contact('2026-11-15T10:00:01Z')] },
      { campaigns: {}, contacts: [contact('2026-11-22T10:00:00Z')] },
    );
    expect(merged.contacts!.map((c) => c.at)).toEqual(['2026-11-15T10:00:01Z', '2026-11-22T10:00:00Z']);
    expect(mergeState({ campaigns: {} }, { campaigns: {} })).toEqual({ campaigns: {} });
  });

  it('is commutative, associative and idempotent over random logs', () => {
    const gen = random(42);
    const next = () => gen.next().value as number;
    for (let i = 0; i < 300; i++) {
      const [a, b, c] = [randomState(next), randomState(next), randomState(next)];
      expect(mergeState(a, b)).toEqual(mergeState(b, a));
      expect(mergeState(mergeState(a, b), c)).toEqual(mergeState(a, mergeState(b, c)));
      expect(mergeState(mergeState(a, b), b)).toEqual(mergeState(a, b));
      expect(mergeState(a, a)).toEqual(mergeState(a, { campaigns: {} }));
    }
  });

  it('recordContact appends, stays valid state and is bounded', () => {
    let state: UserState = { campaigns: {} };
    for (let i = 0; i < CONTACT_LOG_MAX + 20; i++)
      state = recordContact(state, contact(new Date(Date.UTC(2026, 10, 22, 0, i)).toISOString()));
    expect(state.contacts).toHaveLength(CONTACT_LOG_MAX);
    expect(state.contacts!.at(-1)!.at).toBe('2026-11-22T03:39:00.000Z');
    expect(UserStateSchema.parse(state)).toEqual(state);
    expect(UserStateSchema.parse({ campaigns: {} })).toEqual({ campaigns: {} });
  });
});
