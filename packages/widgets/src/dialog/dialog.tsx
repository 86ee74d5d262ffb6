import { Component, createRef, h, type ComponentChildren } from 'preact';

interface DialogProps {
  /** id of the element that names the dialog (its heading) */
  labelledBy: string;
  describedBy?: string;
  /** Escape, the backdrop or a close button: the dialog's owner takes it off screen */
  onClose(): void;
  children: ComponentChildren;
}

/** What Tab stops at in the dialog: its content is buttons and links (a list for every focusable element would cost bytes for nothing). */
const FOCUSABLE = 'button, a[href]';

/** The element that has focus, looking through open shadow roots (the host page's, or another widget's). */
function deepActive(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement | null;
}

/**
 * A modal dialog (WAI-ARIA dialog pattern): focus moves in on open, Tab and Shift+Tab cycle inside, Escape closes,
 * and focus goes back to where it was when the dialog leaves. Its CSS (dialog.css) is built into the
 * sheet of each widget that opens one (an @import), not in the kit's sheet every widget loads.
 */
export class Dialog extends Component<DialogProps> {
  box = createRef<HTMLDivElement>();
  /** where focus was as the dialog opened */
  before = deepActive();

  componentDidMount() {
    const box = this.box.current!;
    // in the top layer, above whatever the host page stacks at any z-index (a cookie bar last in the body, a chat);
    // where the Popover API is missing it stays at the zIndex base
    box.parentElement!.showPopover?.();
    box.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }

  componentWillUnmount() {
    if (this.before?.isConnected) this.before.focus();
  }

  // Keys from inside the box bubble to the backdrop, which holds the only focusable content: the box's.
  onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      // cancelled too: over a host's modal <dialog>, the browser's own Escape would close that dialog as well
      event.preventDefault();
      event.stopPropagation();
      this.props.onClose();
    } else if (event.key === 'Tab') {
      const focusable = this.box.current!.querySelectorAll<HTMLElement>(FOCUSABLE);
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      // past either end, focus wraps to the other
      if (event.target === (event.shiftKey ? first : last)) {
        event.preventDefault();
        (event.shiftKey ? last : first).focus();
      }
    }
  };

  render({ labelledBy, describedBy, onClose, children }: DialogProps) {
    return (
      <div
        class="backdrop"
        role="none"
        popover="manual"
        onClick={(event) => event.target === event.currentTarget && onClose()}
        onKeyDown={this.onKeyDown}
      >
        <div ref={this.box} class="card dialog" role="dialog" aria-modal="true" aria-labelledby={labelledBy} aria-describedby={describedBy}>
          {children}
        </div>
      </div>
    );
  }
}
