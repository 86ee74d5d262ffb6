import { h, type ComponentChildren } from 'preact';

interface ProgressBarProps {
  max: number;
  now: number;
  /** how full the bar is drawn, 0–100 */
  percent: number;
  /** what a screen reader says of the bar */
  valueText: string;
  /** the count beside the bar, "2 of 6" */
  label: string;
  /** drawn on the bar, over its fill (aha's milestone ticks) */
  children?: ComponentChildren;
}

/** A labelled progressbar ("Get started", 2 of 6) with the count beside it; the card's title names it. */
export function ProgressBar({ max, now, percent, valueText, label, children }: ProgressBarProps) {
  return (
    <div class="progress">
      <div
        class="bar"
        role="progressbar"
        aria-labelledby="title"
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={now}
        aria-valuetext={valueText}
      >
        <div class="fill" style={{ width: `${percent}%` }} />
        {children}
      </div>
      <span class="of">{label}</span>
    </div>
  );
}
