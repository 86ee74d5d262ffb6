import { h } from 'preact';
import { ChartCanvas, type ChartColors } from '../ui/chart-canvas.tsx';
import type { SeriesPoint } from './experiment-answer.ts';
import { count, pValue } from './figures.ts';

const day = (iso: string) => iso.slice(0, 10);

interface LineOptions {
  dashed?: boolean;
  /** An arm left out (the control, which has no p-value); the others keep their colours. */
  skip?: string;
}

function lines(
  points: SeriesPoint[],
  colors: ChartColors,
  pick: (arm: SeriesPoint['variants'][number]) => number | null,
  { dashed = false, skip }: LineOptions = {},
) {
  const keys = points[0]?.variants.map((arm) => arm.key) ?? [];
  const shown = keys.flatMap((key, i) => (key === skip ? [] : [{ key, i }]));
  return shown.map(({ key, i }) => ({
    type: 'line' as const,
    label: dashed ? `${key} converted` : key,
    data: points.map((point) => pick(point.variants.find((arm) => arm.key === key)!)),
    borderColor: colors.series[i % colors.series.length]!,
    backgroundColor: colors.series[i % colors.series.length]!,
    borderDash: dashed ? [5, 4] : [],
    pointRadius: 2,
    tension: 0,
  }));
}

const axes = (colors: ChartColors, y: object) => ({
  x: { ticks: { color: colors.muted, maxTicksLimit: 8 }, grid: { display: false } },
  y: { ticks: { color: colors.muted }, grid: { color: colors.line }, ...y },
});

/** Cumulative exposed (solid) and converted (dashed) people per arm, day by day. */
export function ExposureChart({ points }: { points: SeriesPoint[] }) {
  const last = points.at(-1)!;
  const label = `Cumulative exposures and conversions by day from ${day(points[0]!.at)} to ${day(last.at)}; now ${last.variants
    .map((arm) => `${arm.key} ${count(arm.exposed)} exposed, ${count(arm.converted)} converted`)
    .join('; ')}. The table below lists every day.`;
  return (
    <ChartCanvas
      label={label}
      config={(colors) => ({
        type: 'line',
        data: {
          labels: points.map((point) => day(point.at)),
          datasets: [...lines(points, colors, (arm) => arm.exposed), ...lines(points, colors, (arm) => arm.converted, { dashed: true })],
        },
        options: {
          maintainAspectRatio: false,
          animation: false,
          scales: axes(colors, { beginAtZero: true }),
          plugins: { legend: { labels: { color: colors.fg, boxHeight: 2 } } },
        },
      })}
    />
  );
}

/**
 * The always-valid p-value of each variant against control as the verdict reads it (the running minimum, adjusted for
 * the number of comparisons), day by day; it may be read at every look and never rises.
 */
export function PValueChart({ points, control }: { points: SeriesPoint[]; control: string }) {
  const last = points.at(-1)!;
  const label = `Always-valid p-value by day against ${control}; now ${last.variants
    .filter((arm) => arm.key !== control)
    .map((arm) => `${arm.key} ${pValue(arm.adjustedAlwaysValidPValue)}`)
    .join('; ')}. Below 0.05 the difference is significant. The table below lists every day.`;
  return (
    <ChartCanvas
      label={label}
      config={(colors) => ({
        type: 'line',
        data: {
          labels: points.map((point) => day(point.at)),
          datasets: lines(points, colors, (arm) => arm.adjustedAlwaysValidPValue, { skip: control }),
        },
        options: {
          maintainAspectRatio: false,
          animation: false,
          scales: axes(colors, { min: 0, max: 1 }),
          plugins: { legend: { labels: { color: colors.fg, boxHeight: 2 } } },
        },
      })}
    />
  );
}
