// @vitest-environment happy-dom
import { expect, test, vi } from 'vitest';
import { watchRoutes } from '../src/page-views.ts';

test('SPA route changes through pushState, replaceState and popstate are seen once each; destroy restores the History API', () => {
  const original = history.pushState;
  const onChange = vi.fn();
  const stop = watchRoutes(onChange);
  history.pushState({}, '', '/a');
  history.replaceState({}, '', '/a');
  history.replaceState({}, '', '/b');
  history.pushState({}, '', '/c?tab=1');
  expect(onChange).toHaveBeenCalledTimes(3);
  stop();
  expect(history.pushState).toBe(original);
  history.pushState({}, '', '/d');
  expect(onChange).toHaveBeenCalledTimes(3);
});
