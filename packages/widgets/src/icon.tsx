import { h } from 'preact';
/**
 * Path data of the 16×16 stroked icons several widgets draw (one widget's own paths stay in its chunk); SVG keeps them
 * crisp without an icon font. No focusable="false": only Internet Explorer and legacy Edge put an SVG in the tab order.
 */
export const ICON = {
  check: 'M3.5 8.5l3 3 6-7',
  close: 'M4 4l8 8m0-8l-8 8',
};

export function Icon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden>
      <path d={d} />
    </svg>
  );
}
