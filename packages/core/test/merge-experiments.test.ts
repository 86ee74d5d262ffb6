import { describe, expect, it } from 'vitest';
import { mergeState, type UserState } from '../src/index.ts';

const anonymous: UserState = { campaigns: {}, experiments: { 'demo-upgrade-copy': { variant: 'value', at: '2026-11-01T10:00:00.000Z' } } };
const laterDevice: UserState = {
  campaigns: {},
  experiments: {
    'demo-upgrade-copy': { variant: 'control', at: '2026-11-02T09:00:00.000Z' },
    'other-test': { variant: 'b', at: '2026-11-02T09:00:00.000Z' },
  },
};

describe('mergeState of experiment assignments', () => {
  it('keeps the first assignment, whichever device syncs first', () => {
    const expected = {
      'demo-upgrade-copy': { variant: 'value', at: '2026-11-01T10:00:00.000Z' },
      'other-test': { variant: 'b', at: '2026-11-02T09:00:00.000Z' },
    };
    expect(mergeState(anonymous, laterDevice).experiments).toEqual(expected);
    expect(mergeState(laterDevice, anonymous).experiments).toEqual(expected);
  });

  it('breaks a tie of the same instant the same way on both sides, and leaves states without experiments alone', () => {
    const a: UserState = { campaigns: {}, experiments: { x: { variant: 'b', at: '2026-11-01T10:00:00.000Z' } } };
    const b: UserState = { campaigns: {}, experiments: { x: { variant: 'a', at: '2026-11-01T10:00:00.000Z' } } };
    expect(mergeState(a, b)).toEqual(mergeState(b, a));
    expect(mergeState({ campaigns: {} }, { campaigns: {} })).toEqual({ campaigns: {} });
    expect(mergeState(anonymous, { campaigns: {} }).experiments).toEqual(anonymous.experiments);
  });
});
