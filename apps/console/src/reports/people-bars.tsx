import { h } from 'preact';
import { ChartCanvas } from '../ui/chart-canvas.tsx';
import { chartLabelLines } from '../ui/chart-label-lines.ts';

/**
 * One bar per stage of a report (a funnel's steps, a checklist's steps): how many people reached it. The bars lie
 * down, each stage named in lines beside its bar: an event's name is often long, and standing bars gave each name only
 * its bar's width (on a phone the names piled up over each other and squeezed the bars).
 */
export function PeopleBars({ label, bars }: { label: string; bars: { name: string; people: number }[] }) {
  return (
    <ChartCanvas
      label={label}
      config={(colors) => ({
        type: 'bar',
        data: {
          labels: bars.map((bar) => chartLabelLines(bar.name)),
          datasets: [{ label: 'People', data: bars.map((bar) => bar.people), backgroundColor: colors.series[0], borderRadius: 4 }],
        },
        options: {
          indexAxis: 'y',
          maintainAspectRatio: false,
          animation: false,
          scales: {
            x: { beginAtZero: true, ticks: { color: colors.muted, precision: 0 }, grid: { color: colors.line } },
            y: { ticks: { color: colors.fg, autoSkip: false }, grid: { display: false } },
          },
          plugins: { legend: { display: false } },
        },
      })}
    />
  );
}
