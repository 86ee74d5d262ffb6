/** The host page's element that last had focus (a widget's own focus reaches window as its host element's). */
let last: HTMLElement | undefined;
// (where there is a window: the npm entry may be imported where there is none, as in server rendering)
globalThis.addEventListener?.('focusin', (event) => {
  if ((event.target as Element).localName !== 'growthkit-widget') last = event.target as HTMLElement;
});

/**
 * Called as the user closes a widget, or the part of it, that has keyboard focus: once the close has rendered (a
 * signal's change reaches the widget in a later microtask), focus goes back to the host page's element it came from
 * instead of falling to <body> (WCAG 2.4.3), as the kit's dialog does for its opener. Not after a click: the mouse
 * user's last focus may be far up the page.
 */
export function returnFocus(root: ShadowRoot): void {
  if (root.querySelector(':focus-visible')) setTimeout(() => root.activeElement || last?.focus());
}
