// Charts are drawn with Chart.js 4 (4.6.1): well kept and widely used, tree-shakeable (only the parts chart-library.ts
// registers are bundled, in a chunk of their own that only pages with a chart load), it draws a floating bar natively
// (a rate's interval is a bar from low to high) and needs no stylesheet or <style> element, so the console's CSP
// (style-src 'self', no inline) holds. uPlot is smaller but draws only series against a numeric x axis. Every chart
// stands beside a table or text with the same figures.
import type { ChartConfiguration } from 'chart.js';
import { Fragment, h } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { scheme } from './theme-switch.tsx';

/** The console's colours as the theme has them now (console.css tokens), for what a canvas cannot read from CSS. */
function chartColors() {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return {
    fg: read('--fg'),
    muted: read('--muted'),
    line: read('--line'),
    series: [read('--accent'), read('--chart-2'), read('--chart-3'), read('--chart-4')],
  };
}

export type ChartColors = ReturnType<typeof chartColors>;

interface ChartCanvasProps {
  /** What the chart shows, for screen readers; the figures themselves are in the table beside it. */
  label: string;
  config: (colors: ChartColors) => ChartConfiguration;
}

/** A Chart.js chart on a canvas, drawn again in the colours of the theme whenever the theme changes. */
export function ChartCanvas({ label, config }: ChartCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const theme = scheme.value;
  // the chart library's file did not arrive (offline, or a console built again since this tab opened): said, not blank
  const [unloaded, setUnloaded] = useState(false);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let gone = false;
    import('./chart-library.ts').then(
      ({ Chart }) => {
        if (gone) return;
        chart = new Chart(canvas.current!, config(chartColors()));
        setUnloaded(false);
      },
      () => setUnloaded(true),
    );
    return () => {
      gone = true;
      chart?.destroy();
    };
    // config is a fresh closure each render; the theme and the label say when the chart changes
  }, [theme, label]);
  return (
    <>
      {unloaded && <p class="hint">The chart could not be loaded; reload the page to draw it. Its figures are in the table.</p>}
      <div class="chart" hidden={unloaded}>
        <canvas ref={canvas} role="img" aria-label={label} />
      </div>
    </>
  );
}
