import { expect, test } from 'vitest';
import { retryDelay } from '../src/retry-delay.ts';

test('Retry-After in seconds or as an HTTP date is waited for as asked', () => {
  expect(retryDelay(1, 500, '3')).toBe(3000);
  expect(retryDelay(4, 500, '0')).toBe(0);
  const now = Date.parse('2026-12-06T10:00:00Z');
  expect(retryDelay(1, 500, 'Sun, 06 Dec 2026 10:00:07 GMT', now)).toBe(7000);
  expect(retryDelay(1, 500, 'Sun, 06 Dec 2026 09:59:00 GMT', now)).toBe(0);
});

test('without Retry-After the delay doubles per try, with jitter in its upper half, capped at 30 s', () => {
  for (let i = 0; i < 50; i++) {
    const first = retryDelay(1, 500, null);
    expect(first).toBeGreaterThanOrEqual(250);
    expect(first).toBeLessThanOrEqual(500);
    const fourth = retryDelay(4, 500, null);
    expect(fourth).toBeGreaterThanOrEqual(2000);
    expect(fourth).toBeLessThanOrEqual(4000);
    expect(retryDelay(20, 500, null)).toBeLessThanOrEqual(30_000);
    expect(retryDelay(20, 500, 'soon')).toBeGreaterThanOrEqual(15_000);
  }
});
