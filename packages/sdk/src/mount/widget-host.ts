import type { FloatingPlacement, Placement } from '@growthkit/core';
import { hostModalOpen, topModalDialog } from './host-modal.ts';

/** Where a widget lives: an element of ours, inside the host's slot or floating over the page, with an open shadow root. */
export interface WidgetHost {
  root: ShadowRoot;
  /** the host's slot we are in, or undefined when floating */
  slot: Element | undefined;
  /** still in the document (an SPA may have removed the slot) */
  connected(): boolean;
  remove(): void;
}

export const DEFAULT_Z_INDEX = 2147483000;

/** the host page's custom property that puts the banner below its fixed or sticky header */
const OFFSET_TOP = '--growthkit-offset-top';

const FLOATING: Record<FloatingPlacement['floating'], Partial<CSSStyleDeclaration>> = {
  'corner-end': { insetBlockEnd: '16px', insetInlineEnd: '16px' },
  'corner-start': { insetBlockEnd: '16px', insetInlineStart: '16px' },
  banner: { top: `var(${OFFSET_TOP}, 0px)`, insetInline: '0' },
  modal: { inset: '0', display: 'grid', placeItems: 'center' },
};

export function findSlot(placement: Placement): Element | undefined {
  return 'slot' in placement ? (document.querySelector(`[data-growthkit="${CSS.escape(placement.slot)}"]`) ?? undefined) : undefined;
}

/**
 * Makes the element a widget renders into, in `slot` (findSlot's) or floating. Our own element (never the host's) carries the shadow root, so the host's
 * slot keeps its children and host CSS cannot reach the widget. In a slot it has no position or z-index of its own:
 * it paints in the host's order, under the host's sticky header. A floating one is fixed at the `zIndex` base, and the
 * quota dialog inside it reads that base as `--gk-z`. Without the host's `--growthkit-offset-top` the banner is no
 * overlay at all: it comes first in the page's flow, above the host's header, and scrolls away with it (unless the body
 * is a grid or flex app shell, where it floats at the top). One mounted
 * while the host has a modal open can only be host-initiated (core holds the others): it enters the top layer after
 * the host's modal (a popover), inside the host's modal `<dialog>` if there is one, since all outside it is inert.
 */
export function createWidgetHost(placement: Placement, slot: Element | undefined, zIndex: number): WidgetHost {
  // a name of our own, not a div: the host page's rules for its divs (padding, borders, offsets) must not reach it
  const element = document.createElement('growthkit-widget');
  const floating = 'floating' in placement && placement.floating;
  // A floating host names its place ("banner", "corner-end" …), so a host page can style around it in its own CSS.
  element.setAttribute('data-growthkit-widget', floating || '');
  const above = floating && hostModalOpen();
  // In flow only where the body lays its children out as blocks: in an app shell whose body is a grid or a flex row,
  // a first child would take the sidebar's cell; there it floats at the top instead.
  const inFlow =
    floating === 'banner' &&
    !above &&
    !getComputedStyle(document.documentElement).getPropertyValue(OFFSET_TOP).trim() &&
    !/flex|grid/.test(getComputedStyle(document.body).display);
  // CSSOM writes, not a style attribute: allowed under a CSP without 'unsafe-inline'.
  if (floating) element.style.setProperty('--gk-z', String(zIndex));
  if (floating && !inFlow) Object.assign(element.style, { position: 'fixed', zIndex: String(zIndex) }, FLOATING[floating]);
  if (above) element.popover = 'manual';
  const dialog = above ? topModalDialog() : undefined;
  if (inFlow) document.body.prepend(element);
  else (slot ?? dialog ?? document.body).append(element);
  // where the Popover API is missing it stays at the zIndex base: above the host's own z-indexed modals still
  if (above) element.showPopover?.();
  return {
    root: element.attachShadow({ mode: 'open' }),
    slot,
    // in a host dialog that closed it would be hidden with it: the runtime mounts it again, over the page
    connected: () => element.isConnected && (dialog?.hasAttribute('open') ?? true),
    remove: () => element.remove(),
  };
}

/**
 * What a change of the page's DOM must add or remove to matter to the widgets: a slot (one removed takes its widget
 * along), a widget element of ours (a framework that clears the body takes floating ones along) or a host modal.
 */
const WATCHED = '[data-growthkit],growthkit-widget,dialog,[aria-modal]';

const watched = (node: Node) => (node as Element).matches?.(WATCHED) || (node as Element).querySelector?.(WATCHED);

/**
 * Calls `onChange` when the page's DOM changes in a way that matters to the widgets: a slot that appears later gets
 * its widget, a widget taken off with its slot or the body is mounted again, and a host modal that opens or closes
 * holds or frees the floating ones (its `open` and `aria-modal`; a modal added or removed is a child list change). A
 * live page's clock or feed changes its DOM many times a second and is none of that, so it costs no decision. The
 * mutations of one task come in one call; the widget runtime coalesces the rest (WidgetRuntime.update).
 */
export function watchSlots(onChange: () => void): () => void {
  const observer = new MutationObserver((records) => {
    // attributeName: a modal's `open` or `aria-modal` changed (attributeFilter)
    if (records.some((record) => record.attributeName || [...record.addedNodes, ...record.removedNodes].some(watched))) onChange();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, attributeFilter: ['open', 'aria-modal'] });
  return () => observer.disconnect();
}
