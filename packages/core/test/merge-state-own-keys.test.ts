import { expect, test } from 'vitest';
import { mergeState, UserStateSchema, type UserState } from '../src/index.ts';

// Ids are the host's: a campaign may be called "constructor", an offer "valueOf". Each must merge as its own entry,
// never as a property every object inherits.
const at = '2026-11-22T10:00:00.000Z';
const later = '2026-11-23T10:00:00.000Z';

const phone: UserState = {
  campaigns: {
    toString: { impressions: 1, steps: { hasOwnProperty: { status: 'done' as const, at } } },
    constructor: { impressions: 2, steps: {}, dismissals: { valueOf: at } },
  },
  experiments: { constructor: { variant: 'b', at: later } },
};
const laptop: UserState = {
  campaigns: { constructor: { impressions: 1, steps: {}, dismissals: { valueOf: later } } },
  experiments: { constructor: { variant: 'a', at }, toString: { variant: 'b', at } },
};

test('ids named like Object.prototype properties merge as their own entries, in any order', () => {
  const expected = {
    campaigns: {
      toString: { impressions: 1, steps: { hasOwnProperty: { status: 'done', at } } },
      constructor: { impressions: 2, steps: {}, dismissals: { valueOf: later } },
    },
    experiments: { constructor: { variant: 'a', at }, toString: { variant: 'b', at } },
  };
  expect(mergeState(phone, laptop)).toMatchObject(expected);
  expect(mergeState(laptop, phone)).toMatchObject(expected);
});

test('an id that is only on one side is kept as sent, not looked up on the other side’s prototype', () => {
  const empty = UserStateSchema.parse({});
  expect(JSON.parse(JSON.stringify(mergeState(empty, phone)))).toEqual(JSON.parse(JSON.stringify(phone)));
  expect(mergeState(phone, empty).experiments).toEqual(phone.experiments);
});

test('an own "__proto__" entry merges as data and never replaces a merged object’s prototype', () => {
  const withProto = JSON.parse(
    `{"campaigns":{"__proto__":{"impressions":3,"steps":{}}},"experiments":{"__proto__":{"variant":"a","at":"${at}"}}}`,
  );
  const merged = mergeState(withProto, { campaigns: {} });
  expect(Object.getPrototypeOf(merged.campaigns)).toBe(Object.prototype);
  expect(Object.hasOwn(merged.campaigns, '__proto__')).toBe(true);
  expect(JSON.parse(JSON.stringify(merged))).toEqual(JSON.parse(JSON.stringify(withProto)));
});
