import type { ComponentChildren } from 'preact';

interface ProgressProps {
  /** id of the element that names the bar (the card's title) */
  labelledBy: string;
  now: number;
  max: number;
  /** the value in words for screen readers */
  text: string;
  /** the count shown beside the bar ("2 of 6") */
  count: string;
  /** marks drawn over the bar (the aha milestones' ticks) */
  children?: ComponentChildren;
}

/** A card's progress bar with its count beside it; an empty goal (max 0) reads as full. */
export function Progress({ labelledBy, now, max, text, count, children }: ProgressProps) {
  return (
    <div class="gk-progress">
      <div class="gk-bar" role="progressbar" aria-labelledby={labelledBy} aria-valuemin={0} aria-valuemax={max} aria-valuenow={now} aria-valuetext={text}>
        <div class="gk-fill" style={{ width: `${max ? (now / max) * 100 : 100}%` }} />
        {children}
      </div>
      <span class="gk-of">{count}</span>
    </div>
  );
}
