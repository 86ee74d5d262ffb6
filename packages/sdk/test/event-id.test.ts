import { EventIdSchema } from '@growthkit/core';
import { expect, test, vi } from 'vitest';
import { newId } from '../src/event-id.ts';

test('an event id is a UUIDv7 in hex that the collector accepts', () => {
  const id = newId();
  expect(EventIdSchema.safeParse(id).success).toBe(true);
  // 48 bits of time, version 7, 12 random bits, variant 0b10xx, 60 random bits
  expect(id).toMatch(/^[0-9a-f]{12}7[0-9a-f]{3}[89ab][0-9a-f]{15}$/);
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
