/**
 * Impressions as SPEC §7 counts them: a widget is seen once per page view, after its first paint on the current route
 * with at least half of it in the viewport. An IntersectionObserver delivers its first answer after the rendering step
 * that laid the element out, so an answer of "half in view" comes after a paint; an inline widget lower on the page
 * answers when scrolled into view. Kept by campaign for the whole page view, so a widget mounted again (its slot
 * rendered again by the host) is not counted again.
 */
export class Impressions {
  /** campaigns seen in this page view */
  readonly #seen = new Set<string>();
  /** widgets watched until half in view, by campaign: the stop of each */
  readonly #watching = new Map<string, () => void>();
  /** from a route change until its page view: nothing counts for the page being left, or before the new one is recorded */
  #leaving = false;

  /** the route changed: pending impressions are cancelled, and none starts before the page view */
  leave(): void {
    this.#leaving = true;
    for (const id of this.#watching.keys()) this.cancel(id);
  }

  /** a new page view: every widget on it may be seen once */
  pageView(): void {
    this.leave();
    this.#leaving = false;
    this.#seen.clear();
  }

  /**
   * Watches the campaign's widget `element` until it is seen, then calls `seen`, which reports the impression and
   * says whether it counted (a widget with nothing on screen does not). Nothing when already seen in this page view.
   */
  watch(id: string, element: Element, seen: () => boolean): void {
    if (this.#leaving || this.#seen.has(id) || this.#watching.has(id)) return;
    const count = () => {
      this.cancel(id);
      if (seen()) this.#seen.add(id);
    };
    // A browser without it: seen when mounted, as before the observer existed.
    if (typeof IntersectionObserver !== 'function') {
      count();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting && entry.intersectionRatio >= 0.5)) count();
      },
      { threshold: 0.5 },
    );
    observer.observe(element);
    this.#watching.set(id, () => observer.disconnect());
  }

  /** the widget left the page: its pending impression is cancelled */
  cancel(id: string): void {
    this.#watching.get(id)?.();
    this.#watching.delete(id);
  }

  /** the widget shows a new part (a quota level, the next offer): it may be seen again in this page view */
  again(id: string): void {
    this.cancel(id);
    this.#seen.delete(id);
  }
}
