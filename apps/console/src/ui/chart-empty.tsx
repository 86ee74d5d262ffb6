import { h, type ComponentChildren } from 'preact';

/** In a chart's place when it has nothing to draw: empty axes would read as a chart of zeros. */
export function ChartEmpty({ children }: { children: ComponentChildren }) {
  return (
    <div class="chart chart-empty">
      <p>{children}</p>
    </div>
  );
}
