import { h, type ComponentChildren } from 'preact';
import { mayLeave } from './leave-guard.ts';
import { navigate } from './location.ts';

interface LinkProps {
  href: string;
  class?: string;
  children: ComponentChildren;
  'aria-current'?: 'page' | undefined;
}

/** An ordinary link (middle-click and "open in new tab" work) that a plain click follows without a reload. */
export function Link({ href, children, ...rest }: LinkProps) {
  const follow = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void mayLeave(href).then((yes) => yes && navigate(href));
  };
  return (
    <a href={href} onClick={follow} {...rest}>
      {children}
    </a>
  );
}
