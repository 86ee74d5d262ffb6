/**
 * A card floating in a corner covers that part of the host's page. While the element focused on the page below is
 * entirely behind it (WCAG 2.4.11), the card steps aside: `data-aside` on its host, which the kit's sheet moves out
 * below the viewport. It comes back as focus moves on, or into the card (still in the Tab order), with everything in it
 * as it was. Watches until `signal` aborts.
 */
export function stepAsideFromFocus(host: HTMLElement, signal: AbortSignal): void {
  // focusout, then focusin for the next element: both in one task, so a card that stays aside does not flicker
  const follow = (event: FocusEvent) => {
    const path = event.composedPath();
    const { x, y, right, bottom } = (path[0] as Element).getBoundingClientRect();
    const card = host.getBoundingClientRect();
    const behind = x >= card.x && y >= card.y && right <= card.right && bottom <= card.bottom;
    host.toggleAttribute('data-aside', event.type === 'focusin' && behind && !path.includes(host));
  };
  host.ownerDocument.addEventListener('focusin', follow, { signal });
  host.ownerDocument.addEventListener('focusout', follow, { signal });
}
