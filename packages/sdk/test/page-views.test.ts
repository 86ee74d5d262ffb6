// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { pagePath, watchRoutes } from '../src/page-views.ts';

/** the next frame painted, and a task after it: when a route change has settled */
const settled = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** watches routes until the returned stop is called (the runtime's destroy aborts the signal) */
function watch(left: () => void, onSettled: () => void): () => void {
  const stopping = new AbortController();
  watchRoutes(left, onSettled, stopping.signal);
  return () => stopping.abort();
}

let stop: (() => void) | undefined;
beforeEach(() => history.replaceState({}, '', '/'));
afterEach(() => {
  stop?.();
  stop = undefined;
});

test('the page path is the hash route for hash routers, the URL path otherwise; an anchor is no route', () => {
  const at = (url: string) => pagePath(new URL(url) as unknown as Location);
  expect(at('https://docs.test/#/guide')).toBe('/guide');
  expect(at('https://docs.test/#/guide?x=1')).toBe('/guide');
  expect(at('https://docs.test/app/#/guide/install#step-2')).toBe('/guide/install');
  expect(at('https://docs.test/#/')).toBe('/');
  expect(at('https://docs.test/reports?tab=1')).toBe('/reports');
  expect(at('https://docs.test/reports#section')).toBe('/reports');
  expect(at('https://docs.test/reports#')).toBe('/reports');
});

test('pushState, replaceState and popstate: `left` at once inside the call, `settled` after the host rendered', async () => {
  const original = history.pushState;
  const left = vi.fn();
  const onSettled = vi.fn();
  stop = watch(left, onSettled);
  history.pushState({}, '', '/a');
  expect(left).toHaveBeenCalledTimes(1);
  expect(onSettled).not.toHaveBeenCalled();
  // a host that renders the route in a microtask, as Vue does: rendered before the page view
  let rendered = false;
  queueMicrotask(() => (rendered = true));
  onSettled.mockImplementation(() => expect(rendered).toBe(true));
  await settled();
  expect(onSettled).toHaveBeenCalledTimes(1);

  history.replaceState({}, '', '/a'); // same path: scroll state saved by a router, no route change
  history.replaceState({}, '', '/b');
  history.pushState({}, '', '/c?tab=1');
  expect(left).toHaveBeenCalledTimes(3);
  await settled();
  // a burst of changes in one task is one page view, of where it ends
  expect(onSettled).toHaveBeenCalledTimes(2);

  history.pushState({}, '', '/d');
  history.back();
  await vi.waitFor(() => expect(location.pathname).toBe('/c'));
  await settled();
  expect(left).toHaveBeenCalledTimes(5);
  expect(onSettled).toHaveBeenCalledTimes(3);

  stop();
  expect(history.pushState).toBe(original);
  history.pushState({}, '', '/e');
  expect(left).toHaveBeenCalledTimes(5);
});

test('hash routes: #/… changes are route changes (hashchange), an in-page anchor is not', async () => {
  history.replaceState({}, '', '/reports');
  const left = vi.fn();
  const onSettled = vi.fn();
  stop = watch(left, onSettled);
  location.hash = '#section';
  await settled();
  expect(left).not.toHaveBeenCalled();
  location.hash = '#/guide';
  await vi.waitFor(() => expect(left).toHaveBeenCalledTimes(1));
  await settled();
  expect(onSettled).toHaveBeenCalledTimes(1);
  location.hash = '#/guide?id=install';
  await settled();
  expect(left).toHaveBeenCalledTimes(1);
  location.hash = '#/faq';
  await vi.waitFor(() => expect(left).toHaveBeenCalledTimes(2));
  await settled();
  expect(onSettled).toHaveBeenCalledTimes(2);
});

test('a page view still settling when the watch stops is not recorded', async () => {
  const onSettled = vi.fn();
  stop = watch(() => undefined, onSettled);
  history.pushState({}, '', '/a');
  stop();
  await settled();
  expect(onSettled).not.toHaveBeenCalled();
});
