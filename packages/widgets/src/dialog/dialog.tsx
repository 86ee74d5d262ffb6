import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

interface DialogProps {
  /** id of the element that names the dialog (its heading) */
  labelledBy: string;
  describedBy?: string;
  /** Escape, the backdrop or a close button: the dialog's owner takes it off screen */
  onClose(): void;
  children: ComponentChildren;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** The element that has focus, looking through open shadow roots (the host page's, or another widget's). */
function deepActive(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

/**
 * A modal dialog (WAI-ARIA dialog pattern): focus moves in on open, Tab and Shift+Tab cycle inside, Escape closes,
 * and focus goes back to where it was when the dialog leaves. Its CSS is `dialogCss`, which widgets add to theirs.
 */
export function Dialog({ labelledBy, describedBy, onClose, children }: DialogProps) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const before = deepActive();
    box.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
    if (event.key !== 'Tab' || !box.current) return;
    const focusable = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const active = (box.current.getRootNode() as ShadowRoot | Document).activeElement;
    const edge = event.shiftKey ? focusable[0] : focusable[focusable.length - 1];
    if (active === edge || !box.current.contains(active)) {
      event.preventDefault();
      (event.shiftKey ? focusable[focusable.length - 1] : focusable[0])?.focus();
    }
  };
  return (
    <div class="gk-backdrop" onClick={(event) => event.target === event.currentTarget && onClose()}>
      <div ref={box} class="gk-card gk-dialog" role="dialog" aria-modal="true" aria-labelledby={labelledBy} aria-describedby={describedBy} onKeyDown={onKeyDown}>
        {children}
      </div>
    </div>
  );
}
