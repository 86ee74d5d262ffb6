import { describe, expect, test } from 'vitest';
import { parseEvents } from '../src/index.ts';

const event = (overrides: Record<string, unknown> = {}) => ({
  id: 'event-0001',
  type: 'track',
  name: 'doc_created',
  ts: '2026-11-22T10:00:00.000Z',
  anonymousId: 'anon-1',
  ...overrides,
});

describe('parseEvents', () => {
  test("keeps an event's identity hash so the collector can check it", () => {
    expect(parseEvents([event({ userId: 'user-9', hash: 'ab'.repeat(32) })]).valid[0].hash).toBe('ab'.repeat(32));
  });

  test("an event that fits the schema but fails the extra check is rejected at its index with the check's field and message; the others stay valid", () => {
    const { valid, rejected } = parseEvents(
      [event(), event({ id: 'event-0002', userId: 'user-9' }), event({ id: 'event-0003', ts: 'yesterday' })],
      (e) => (e.userId === undefined ? undefined : { field: 'hash', message: 'hash does not match userId' }),
    );
    expect(valid.map((e) => e.id)).toEqual(['event-0001']);
    expect(rejected).toEqual([
      { index: 1, field: 'hash', message: 'hash does not match userId' },
      { index: 2, field: 'ts', message: expect.stringMatching(/datetime/i) },
    ]);
  });
});
