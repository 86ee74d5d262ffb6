import { h } from 'preact';
import { ChartCanvas } from '../ui/chart-canvas.tsx';
import { hasData } from './arm-data.ts';
import type { ResultArm } from './experiment-answer.ts';
import { interval, percent } from './figures.ts';

/** Each arm's conversion rate as a point on its 95% interval (a floating bar from low to high). */
export function RateChart({ arms }: { arms: ResultArm[] }) {
  const label = `Conversion rate by variant with 95% intervals: ${arms
    .map((arm) =>
      hasData(arm)
        ? `${arm.key} ${percent(arm.rate, 2)} (${interval(arm.rateInterval, (value) => percent(value, 2))})`
        : `${arm.key} no data yet`,
    )
    .join('; ')}.`;
  return (
    <ChartCanvas
      label={label}
      config={(colors) => ({
        type: 'bar',
        data: {
          labels: arms.map((arm) => arm.key),
          datasets: [
            {
              type: 'bar',
              label: '95% interval',
              data: arms.map((arm) =>
                arm.rateInterval ? [arm.rateInterval.low * 100, arm.rateInterval.high * 100] : null,
              ) as unknown as number[],
              backgroundColor: arms.map((_, i) => `${colors.series[i % colors.series.length]}40`),
              borderColor: arms.map((_, i) => colors.series[i % colors.series.length]!),
              borderWidth: 1,
              borderSkipped: false,
              barPercentage: 0.35,
            },
            {
              type: 'scatter',
              label: 'Rate',
              // an arm nobody was exposed to has no point: plotted at 0% it would read as a rate of 0
              data: arms.flatMap((arm) => (hasData(arm) ? [{ x: arm.key, y: arm.rate * 100 }] : [])) as unknown as number[],
              backgroundColor: colors.fg,
              pointRadius: 5,
              pointStyle: 'rectRot',
            },
          ],
        },
        options: {
          maintainAspectRatio: false,
          animation: false,
          scales: {
            x: { ticks: { color: colors.muted }, grid: { display: false } },
            y: { beginAtZero: true, ticks: { color: colors.muted, callback: (value) => `${value}%` }, grid: { color: colors.line } },
          },
          plugins: { legend: { labels: { color: colors.fg } } },
        },
      })}
    />
  );
}
