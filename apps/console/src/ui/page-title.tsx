import { h, type ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * The page's heading, and the tab's title. Focus moves to it when the page changes, so keyboard and screen reader
 * users start reading the new page, as after a full load.
 */
export function PageTitle({ title, children }: { title: string; children?: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · GrowthKit console`;
    if (document.activeElement === document.body || document.activeElement?.closest('a, nav')) heading.current?.focus();
  }, [title]);
  return (
    <h1 ref={heading} tabIndex={-1} class="page-title">
      {children ?? title}
    </h1>
  );
}
