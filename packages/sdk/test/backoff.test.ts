import { describe, expect, test } from 'vitest';
import { backoffDelay } from '../src/outbox/backoff.ts';

describe('retry backoff', () => {
  test('the window doubles with each attempt, starting at the base', () => {
    const top = () => 0.999999;
    expect(backoffDelay(1, top)).toBe(999);
    expect(backoffDelay(2, top)).toBe(1999);
    expect(backoffDelay(4, top)).toBe(7999);
  });

  test('full jitter: the wait is anywhere from zero to the window', () => {
    expect(backoffDelay(3, () => 0)).toBe(0);
    expect(backoffDelay(3, () => 0.5)).toBe(2000);
  });

  test('the window stops growing at the cap, so offline devices keep retrying', () => {
    expect(backoffDelay(30, () => 0.999999)).toBe(59_999);
  });

  test('random jitter never leaves [0, window)', () => {
    for (let attempt = 1; attempt < 12; attempt++) {
      const delay = backoffDelay(attempt);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(Math.min(60_000, 1000 * 2 ** (attempt - 1)));
    }
  });
});
