/** The host page's modals: a `<dialog open>` (showModal() or not) and any displayed `[aria-modal="true"]`. */
const MODAL = 'dialog[open],[aria-modal=true]';

/** Whether the host page has a modal open now: floating widgets wait for it to close (core's `host-modal`). */
export function hostModalOpen(): boolean {
  // getClientRects: an element not displayed (display: none, or inside a closed ancestor) has none
  return [...document.querySelectorAll(MODAL)].some((modal) => modal.getClientRects().length);
}

/**
 * The host's dialog opened with showModal(), if any: everything outside it is inert, so a widget shown above it must
 * live inside it (and enter the top layer after it) to be seen and used.
 */
export function topModalDialog(): Element | undefined {
  return [...document.querySelectorAll('dialog:modal')].pop();
}
