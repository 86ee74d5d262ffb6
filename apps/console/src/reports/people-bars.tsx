import { h } from 'preact';
import { ChartCanvas } from '../ui/chart-canvas.tsx';

/** One bar per stage of a report (a funnel's steps, a checklist's steps): how many people reached it. */
export function PeopleBars({ label, bars }: { label: string; bars: { name: string; people: number }[] }) {
  return (
    <ChartCanvas
      label={label}
      config={(colors) => ({
        type: 'bar',
        data: {
          labels: bars.map((bar) => bar.name),
          datasets: [{ label: 'People', data: bars.map((bar) => bar.people), backgroundColor: colors.series[0], borderRadius: 4 }],
        },
        options: {
          maintainAspectRatio: false,
          animation: false,
          scales: {
            x: { ticks: { color: colors.fg }, grid: { display: false } },
            y: { beginAtZero: true, ticks: { color: colors.muted, precision: 0 }, grid: { color: colors.line } },
          },
          plugins: { legend: { display: false } },
        },
      })}
    />
  );
}
