import type { Plugin } from 'chart.js';

/**
 * A Chart.js plugin that writes "no data" up from the axis where a bar's figure is null: Chart.js leaves a gap there,
 * and a bare gap would read as 0%. Stacked bars share a place, so each place is written once.
 */
export function chartGapNotes(color: string): Plugin<'bar'> {
  return {
    id: 'gap-notes',
    afterDatasetsDraw(chart) {
      const { ctx, scales } = chart;
      const base = scales.y!.getPixelForValue(0);
      const written = new Set<number>();
      ctx.save();
      ctx.fillStyle = color;
      ctx.font = '11px system-ui, sans-serif';
      ctx.textBaseline = 'middle';
      chart.data.datasets.forEach((dataset, d) => {
        if (!chart.isDatasetVisible(d)) return;
        dataset.data.forEach((value, i) => {
          if (value !== null) return;
          const x = Math.round(chart.getDatasetMeta(d).data[i]?.x ?? scales.x!.getPixelForValue(i));
          if (!Number.isFinite(x) || written.has(x)) return;
          written.add(x);
          ctx.save();
          ctx.translate(x, base - 4);
          ctx.rotate(-Math.PI / 2);
          ctx.fillText('no data', 0, 0);
          ctx.restore();
        });
      });
      ctx.restore();
    },
  };
}
