// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createImpressions, type Impressions } from '../src/widgets/impression.ts';

/** An IntersectionObserver the test answers for: how much of the element is in view. */
class Answered {
  static all: Answered[] = [];
  readonly answer: (ratio: number) => void;
  watching = true;
  options: IntersectionObserverInit | undefined;
  constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
    this.options = options;
    this.answer = (ratio) =>
      this.watching &&
      callback(
        [{ isIntersecting: ratio > 0, intersectionRatio: ratio } as IntersectionObserverEntry],
        this as unknown as IntersectionObserver,
      );
    Answered.all.push(this);
  }
  observe() {}
  disconnect() {
    this.watching = false;
  }
  /** an answer the browser reached at a paint but has not handed to the callback yet */
  queued: IntersectionObserverEntry[] = [];
  queue(ratio: number) {
    this.queued.push({ isIntersecting: ratio > 0, intersectionRatio: ratio } as IntersectionObserverEntry);
  }
  takeRecords() {
    const taken = this.queued;
    this.queued = [];
    return taken;
  }
}
const latest = () => Answered.all.at(-1)!;

const element = document.createElement('div');
let impressions: Impressions;
beforeEach(() => {
  Answered.all = [];
  vi.stubGlobal('IntersectionObserver', Answered);
  impressions = createImpressions();
});
afterEach(() => vi.unstubAllGlobals());

test('seen when at least half of it is in view, once per page view however often it is watched again', () => {
  const seen = vi.fn(() => true);
  impressions.watch('a', element, seen);
  expect(latest().options).toEqual({ threshold: 0.5 });
  latest().answer(0);
  latest().answer(0.3);
  expect(seen).not.toHaveBeenCalled();
  latest().answer(0.5);
  expect(seen).toHaveBeenCalledTimes(1);
  expect(latest().watching).toBe(false);

  // mounted again (the host rendered its slot again) in the same page view
  impressions.watch('a', element, seen);
  expect(Answered.all).toHaveLength(1);

  impressions.pageView();
  impressions.watch('a', element, seen);
  latest().answer(1);
  expect(seen).toHaveBeenCalledTimes(2);
});

test('a route change cancels pending impressions, and none starts before the page view', () => {
  const seen = vi.fn(() => true);
  impressions.watch('old', element, seen);
  const pending = latest();
  impressions.leave();
  expect(pending.watching).toBe(false);
  pending.answer(1);
  impressions.watch('new', element, seen);
  expect(Answered.all).toHaveLength(1);
  expect(seen).not.toHaveBeenCalled();

  impressions.pageView();
  impressions.watch('new', element, seen);
  latest().answer(1);
  expect(seen).toHaveBeenCalledTimes(1);
});

test('a widget taken off cancels its impression; one with nothing on screen is not counted as seen', () => {
  const seen = vi.fn(() => true);
  impressions.watch('a', element, seen);
  impressions.cancel('a');
  expect(latest().watching).toBe(false);

  const nothing = vi.fn(() => false);
  impressions.watch('b', element, nothing);
  latest().answer(1);
  expect(nothing).toHaveBeenCalledTimes(1);
  impressions.watch('b', element, seen);
  latest().answer(1);
  expect(seen).toHaveBeenCalledTimes(1);
});

test('a new part of a widget (another quota level, the next offer) may be seen again in the same page view', () => {
  const seen = vi.fn(() => true);
  impressions.watch('a', element, seen);
  latest().answer(1);
  impressions.again('a');
  impressions.watch('a', element, seen);
  latest().answer(1);
  expect(seen).toHaveBeenCalledTimes(2);
});

test('another user (reset) sees the widgets the last one saw in this page view anew; pending impressions are cancelled', () => {
  const seen = vi.fn(() => true);
  impressions.watch('a', element, seen);
  latest().answer(1);
  impressions.watch('b', element, seen);
  const pending = latest();
  impressions.reset();
  expect(pending.watching).toBe(false);
  impressions.watch('a', element, seen);
  latest().answer(1);
  expect(seen).toHaveBeenCalledTimes(2);
});

test('a widget the user dismisses before the observer hands over its answer is seen if it was half in view at the last paint', () => {
  const seen = vi.fn(() => true);
  impressions.watch('a', element, seen);
  latest().queue(0.6);
  impressions.cancel('a', true);
  expect(seen).toHaveBeenCalledTimes(1);
  expect(latest().watching).toBe(false);

  // less than half in view at the last paint, or no paint yet: not seen
  impressions.watch('b', element, seen);
  latest().queue(0.3);
  impressions.cancel('b', true);
  impressions.watch('c', element, seen);
  impressions.cancel('c', true);
  expect(seen).toHaveBeenCalledTimes(1);

  // only the user's doing settles: a route change, another user or a plain cancel drops what was queued
  for (const drop of [() => impressions.leave(), () => impressions.reset(), () => impressions.cancel('d')]) {
    impressions.pageView();
    impressions.watch('d', element, seen);
    latest().queue(1);
    drop();
  }
  expect(seen).toHaveBeenCalledTimes(1);
});
