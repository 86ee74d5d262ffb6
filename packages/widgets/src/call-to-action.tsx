import { h } from 'preact';
import { safeHref } from './safe-href.ts';

/** A call to action as core's schemas have it, label localised: a URL to open, or an action for the host. */
type CallToActionView = { label: string } & ({ url: string } | { action: string });

interface CallToActionProps {
  class: string;
  action: CallToActionView;
  onClick(): void;
  /** a URL that could run script renders nothing, rather than a button for the host's action */
  dropUnsafe?: boolean;
}

/**
 * A call to action as one element: a link the browser follows when the URL is safe to follow, else a button (the
 * widget's owner acts on the click). One component in the shared chunk rather than the same choice in each widget.
 */
export function CallToAction({ class: className, action, onClick, dropUnsafe }: CallToActionProps) {
  const url = 'url' in action ? action.url : undefined;
  const href = safeHref(url);
  if (dropUnsafe && url !== undefined && !href) return null;
  const Element = href ? 'a' : 'button';
  return (
    <Element class={className} href={href} onClick={onClick}>
      {action.label}
    </Element>
  );
}
