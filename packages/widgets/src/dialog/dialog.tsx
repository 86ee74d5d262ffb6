import { Component, createRef, h, type ComponentChildren } from 'preact';

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
 * A class, not hooks: preact/hooks would add about 1 KB gzip to the shared widget chunk.
 */
export class Dialog extends Component<DialogProps> {
  box = createRef<HTMLDivElement>();
  /** where focus was as the dialog opened */
  before = deepActive();

  componentDidMount() {
    this.box.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }

  componentWillUnmount() {
    if (this.before?.isConnected) this.before.focus();
  }

  onKeyDown = (event: KeyboardEvent) => {
    const box = this.box.current;
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.props.onClose();
    }
    if (event.key !== 'Tab' || !box) return;
    const focusable = [...box.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const active = (box.getRootNode() as ShadowRoot | Document).activeElement;
    const edge = event.shiftKey ? focusable[0] : focusable[focusable.length - 1];
    if (active === edge || !box.contains(active)) {
      event.preventDefault();
      (event.shiftKey ? focusable[focusable.length - 1] : focusable[0])?.focus();
    }
  };

  render({ labelledBy, describedBy, onClose, children }: DialogProps) {
    return (
      <div class="gk-backdrop" onClick={(event) => event.target === event.currentTarget && onClose()}>
        <div ref={this.box} class="gk-card gk-dialog" role="dialog" aria-modal="true" aria-labelledby={labelledBy} aria-describedby={describedBy} onKeyDown={this.onKeyDown}>
          {children}
        </div>
      </div>
    );
  }
}
