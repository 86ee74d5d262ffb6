import { expect, test } from 'vitest';
import { Identity } from '../src/identity.ts';
import type { LocalValues } from '../src/local-values.ts';

const MINUTE = 60_000;

/** device values in memory, counting the session's writes */
function values() {
  const stored = new Map<string, unknown>();
  const writes: unknown[] = [];
  const device: LocalValues = {
    get: <T>(name: string) => stored.get(name) as T | undefined,
    set(name, value) {
      stored.set(name, value);
      if (name === 'session') writes.push(value);
    },
    remove: (name) => void stored.delete(name),
  };
  return { device, writes };
}

test('a burst of events is one session and one write of its activity; a minute later the activity is written again', () => {
  let now = Date.parse('2026-12-07T10:00:00Z');
  const { device, writes } = values();
  const identity = new Identity(device, () => now);

  const first = identity.session();
  for (let event = 0; event < 10; event++) {
    now += 100;
    expect(identity.session()).toBe(first);
  }
  expect(writes).toHaveLength(1);

  now += MINUTE;
  expect(identity.session()).toBe(first);
  expect(writes).toEqual([
    { id: first, last: Date.parse('2026-12-07T10:00:00Z') },
    { id: first, last: now },
  ]);
});

test('the session ends 30 minutes after its last written activity, not before; reading it is no activity', () => {
  let now = Date.parse('2026-12-07T10:00:00Z');
  const { device } = values();
  const identity = new Identity(device, () => now);
  const first = identity.session();

  // activity 59 s later is not written: the session counts from 10:00:00
  now += 59_000;
  identity.session();
  now = Date.parse('2026-12-07T10:29:59Z');
  expect(identity.currentSession()).toBe(first);
  now = Date.parse('2026-12-07T10:30:00Z');
  const second = identity.currentSession();
  expect(second).not.toBe(first);
  // currentSession started the new one; reading it again in the same minute keeps it
  now += 30_000;
  expect(identity.currentSession()).toBe(second);
});
