import { expect, test } from 'vitest';
import { Identity } from '../src/identity.ts';
import type { LocalValues } from '../src/local-values.ts';

/** one device's values, as every tab of the origin shares localStorage */
function device(): LocalValues {
  const stored = new Map<string, unknown>();
  return {
    get: <T>(name: string) => structuredClone(stored.get(name)) as T | undefined,
    set: (name, value) => void stored.set(name, structuredClone(value)),
    remove: (name) => void stored.delete(name),
  };
}

test("each tab keeps its own user: a second tab that signs in as someone else changes the next page's user, not the first tab's", () => {
  const shared = device();
  const first = new Identity(shared);
  first.identify('user_a', { plan: 'pro' });
  first.group('acct_a', { seats: 5 });

  const second = new Identity(shared);
  expect(second.who()).toMatchObject({ userId: 'user_a', accountId: 'acct_a' });
  second.identify('user_b', { plan: 'basic' });
  second.group('acct_b', { seats: 2 });

  expect(first.who()).toMatchObject({ userId: 'user_a', accountId: 'acct_a' });
  expect(first.attributes()).toMatchObject({ id: 'user_a', plan: 'pro', account: { id: 'acct_a', seats: 5 } });
  // the session is the device's: both tabs count in one
  expect(first.currentSession()).toBe(second.currentSession());
  // the device keeps the last user, for the next page
  expect(new Identity(shared).who()).toMatchObject({ userId: 'user_b', accountId: 'acct_b' });
});

test('another user signing in without reset() is a new visitor too: nothing of the last one, not their visitor id, carries over', () => {
  const identity = new Identity(device());
  const visitor = identity.who().anonymousId;
  identity.identify('user_a', { plan: 'pro' });
  expect(identity.who().anonymousId).toBe(visitor);
  expect(identity.identify('user_b', {})).toBe(true);
  expect(identity.who().anonymousId).not.toBe(visitor);
  expect(identity.traits()).toEqual({});
});
