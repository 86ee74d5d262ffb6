import { Fragment, h, type ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A table's frame. When the table is wider than the screen (a phone) it scrolls sideways: then it says so above it,
 * and it is a named region that takes focus, so the arrow keys scroll it (a mouse-less reader would not reach the
 * hidden columns otherwise).
 */
export function TableWrap({
  label,
  flat = false,
  bare = false,
  children,
}: {
  label: string;
  flat?: boolean;
  /** no frame of its own: the table sits in a panel that is its frame */
  bare?: boolean;
  children: ComponentChildren;
}) {
  const frame = useRef<HTMLElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const element = frame.current!;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    // the table grows as its rows arrive ("Show more"), the frame need not
    for (const child of element.children) observer.observe(child);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      {scrolls && (
        <p class="hint scroll-hint">
          Scroll sideways for more columns <span aria-hidden="true">→</span>
        </p>
      )}
      <section
        ref={frame}
        class={`table-wrap${flat ? ' flat' : ''}${bare ? ' bare' : ''}${scrolls ? ' scrolls' : ''}`}
        tabIndex={scrolls ? 0 : undefined}
        aria-label={scrolls ? label : undefined}
      >
        {children}
      </section>
    </>
  );
}
