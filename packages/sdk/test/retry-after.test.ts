import { describe, expect, test } from 'vitest';
import { retryAfter } from '../src/outbox/retry-after.ts';

describe('Retry-After', () => {
  const now = Date.parse('2026-12-06T12:00:00Z');

  test('in seconds', () => {
    expect(retryAfter('120', now)).toBe(120_000);
    expect(retryAfter('0', now)).toBe(0);
  });

  test('as an HTTP date', () => {
    expect(retryAfter('Sun, 06 Dec 2026 12:00:30 GMT', now)).toBe(30_000);
  });

  test('a date in the past, a negative number or nonsense asks for no wait', () => {
    expect(retryAfter('Sun, 06 Dec 2026 11:00:00 GMT', now)).toBe(0);
    expect(retryAfter('-5', now)).toBe(0);
    expect(retryAfter('soon', now)).toBe(0);
    expect(retryAfter('', now)).toBe(0);
    expect(retryAfter(null, now)).toBe(0);
  });

  test('at most an hour: a wrong header does not keep events on the device for good', () => {
    expect(retryAfter('86400', now)).toBe(3_600_000);
  });
});
