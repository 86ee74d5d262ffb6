import { h } from 'preact';
import { safeHref } from './safe-href.ts';

interface CallToActionProps {
  class: string;
  /** `url` opens a link; otherwise the widget's owner acts on the click */
  action: { label: string; url?: string };
  onClick(): void;
  /** a URL that could run script renders nothing, rather than a button for the host's action */
  dropUnsafe?: boolean;
}

/**
 * A call to action as one element: a link the browser follows when the URL is safe to follow, else a button. One
 * component in the shared chunk rather than the same choice in each widget (byte budget).
 */
export function CallToAction({ class: className, action, onClick, dropUnsafe }: CallToActionProps) {
  const href = safeHref(action.url);
  const Element = href ? 'a' : 'button';
  return dropUnsafe && action.url !== undefined && !href ? null : (
    <Element class={className} href={href} onClick={onClick}>
      {action.label}
    </Element>
  );
}
