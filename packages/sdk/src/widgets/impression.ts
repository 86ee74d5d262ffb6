import { firstPaintMarker } from '../timing/first-paint-marker.ts';

/**
 * Impressions as SPEC §7 counts them: a widget is seen once per page view, after its first paint on the current route
 * with at least half of it in the viewport. An IntersectionObserver gives its first answer after the rendering step
 * that laid the element out, so "half in view" comes after a paint; an inline widget lower on the page answers when
 * scrolled into view. Kept by campaign for the whole page view: a widget mounted again (the host rendered its slot
 * again) is not counted again. Created with the first widget chunk (its shared code), `routeChanging` when that arrives
 * between a route change and its page view. It marks the first widget's paint too (`rendered`), once per instance.
 */
export function createImpressions(routeChanging = false) {
  /** campaigns seen in this page view */
  const seen = new Set<string>();
  /** widgets watched until half in view: by campaign, what stops watching it (see cancel) */
  const watching = new Map<string, (settle?: boolean) => void>();
  /** from a route change until its page view: nothing counts for the page being left, or before the new one is recorded */
  let leaving = routeChanging;
  /**
   * Stops watching the campaign's widget. `settle` (the user dismisses it): an answer the observer reached at the last
   * paint but has not handed over yet (a task away, later on a busy page) counts first. Only from the user's own
   * handler: counting from inside the runtime's update (a widget it takes off) would report and update in the middle of it.
   */
  const cancel = (id: string, settle?: boolean) => {
    const stop = watching.get(id);
    watching.delete(id);
    stop?.(settle);
  };
  /** the user changed (or logged out): what they saw counts for nobody else */
  const reset = () => {
    for (const id of watching.keys()) cancel(id);
    seen.clear();
  };
  return {
    /** the route changed: pending impressions are cancelled, and none starts before the page view */
    leave() {
      leaving = true;
      reset();
    },
    /** a new page view: every widget on it may be seen once */
    pageView() {
      reset();
      leaving = false;
    },
    reset,
    /**
     * Watches the campaign's widget `element` until it is seen, then calls `report`, which reports the impression and
     * says whether it counted (a widget with nothing on screen does not). Nothing when already seen in this page view.
     */
    watch(id: string, element: Element, report: () => boolean) {
      if (leaving || seen.has(id) || watching.has(id)) return;
      const answered = (entries: IntersectionObserverEntry[]) => {
        if (!entries.some((entry) => entry.isIntersecting && entry.intersectionRatio >= 0.5)) return;
        cancel(id);
        if (report()) seen.add(id);
      };
      const observer = new IntersectionObserver(answered, { threshold: 0.5 });
      observer.observe(element);
      watching.set(id, (settle) => {
        const pending = observer.takeRecords();
        observer.disconnect();
        if (settle) answered(pending);
      });
    },
    cancel,
    /** a widget rendered: the first one marks `growthkit:first-paint` after its frame (SPEC §11) */
    rendered: firstPaintMarker(),
    /** the widget shows a new part (a quota level, the next offer): it may be seen again in this page view */
    again(id: string) {
      cancel(id);
      seen.delete(id);
    },
  };
}

export type Impressions = ReturnType<typeof createImpressions>;
