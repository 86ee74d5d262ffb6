import { expect, test } from 'vitest';
import { debugRequested } from '../src/debug/debug-requested.ts';

test('the debug panel opens with init({ debug: true }) or ?growthkit_debug=1, not with =0 or without either', () => {
  expect(debugRequested(true, '')).toBe(true);
  expect(debugRequested(undefined, '?growthkit_debug=1')).toBe(true);
  expect(debugRequested(false, '?x=2&growthkit_debug')).toBe(true);
  expect(debugRequested(undefined, '?growthkit_debug=0')).toBe(false);
  expect(debugRequested(undefined, '?debug=1')).toBe(false);
  expect(debugRequested(undefined, '')).toBe(false);
});
