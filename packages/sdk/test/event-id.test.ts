import { EventIdSchema } from '@growthkit/core';
import { expect, test, vi } from 'vitest';
import { newId } from '../src/event-id.ts';

test('an event id is 32 hex characters, the time first, that the collector accepts', () => {
  const id = newId();
  expect(EventIdSchema.safeParse(id).success).toBe(true);
  // 48 bits of time, 80 random bits
  expect(id).toMatch(/^[0-9a-f]{32}$/);
  expect(Math.abs(Number.parseInt(id.slice(0, 12), 16) - Date.now())).toBeLessThan(60_000);
});

test('ids made later sort after earlier ones, and ids made in the same millisecond differ', () => {
  vi.useFakeTimers({ now: Date.parse('2026-12-07T01:00:00.000Z'), toFake: ['Date'] });
  try {
    const same = Array.from({ length: 1000 }, newId);
    expect(new Set(same).size).toBe(1000);
    vi.setSystemTime(Date.parse('2026-12-07T01:00:00.001Z'));
    const later = newId();
    expect(same.every((id) => id < later)).toBe(true);
  } finally {
    vi.useRealTimers();
  }
});
