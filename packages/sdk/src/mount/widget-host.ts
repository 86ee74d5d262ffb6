import type { Placement } from '@growthkit/core';

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

const FLOATING: Record<Placement['floating'], Partial<CSSStyleDeclaration>> = {
  'corner-end': { insetBlockEnd: '16px', insetInlineEnd: '16px' },
  'corner-start': { insetBlockEnd: '16px', insetInlineStart: '16px' },
  banner: { insetBlockStart: '0', insetInlineStart: '0', insetInlineEnd: '0' },
  modal: { inset: '0', display: 'grid', placeItems: 'center' },
};

export function findSlot(name: string | undefined, doc: Document = document): Element | undefined {
  return name ? (doc.querySelector(`[data-growthkit="${CSS.escape(name)}"]`) ?? undefined) : undefined;
}

/**
 * Makes the element a widget renders into. Our own element (never the host's) carries the shadow
 * root, so the host's slot keeps its children and host CSS cannot reach the widget.
 */
export function createWidgetHost(placement: Placement, zIndex: number, doc: Document = document): WidgetHost {
  const slot = findSlot(placement.slot, doc);
  const element = doc.createElement('div');
  // A floating host names its place ("banner", "corner-end" …), so a host page can make room for it in its own CSS.
  element.setAttribute('data-growthkit-widget', slot ? '' : placement.floating);
  if (!slot) {
    // CSSOM writes, not a style attribute: allowed under a CSP without 'unsafe-inline'.
    Object.assign(element.style, { position: 'fixed', zIndex: String(zIndex) }, FLOATING[placement.floating] ?? FLOATING['corner-end']);
  }
  (slot ?? doc.body).append(element);
  return {
    root: element.attachShadow({ mode: 'open' }),
    slot,
    connected: () => element.isConnected,
    remove: () => element.remove(),
  };
}

/**
 * Calls `onChange` whenever the page's DOM changes, so a slot that appears later gets its widget. The mutations of one
 * task come in one call; the widget runtime coalesces the rest (WidgetRuntime.update).
 */
export function watchSlots(onChange: () => void, doc: Document = document): () => void {
  const observer = new MutationObserver((records) => {
    // Our own widgets rendering must not wake us up.
    if (!records.every((record) => (record.target as Element).closest?.('[data-growthkit-widget]'))) onChange();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  return () => observer.disconnect();
}
