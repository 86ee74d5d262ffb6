import type { Page } from 'playwright-core';

/** What Chart.js drew on a canvas of the console: what a reader of the chart sees, in numbers. */
export interface DrawnChart {
  /** the categories that have a label on their axis (Chart.js skips labels it finds crowded) */
  labelled: number;
  /** pixels drawn in the canvas's first three columns, where only a label cut off at the edge reaches */
  edgePixels: number;
  /** the share of the canvas's width the plot itself has, the axes' labels taking the rest */
  plotShare: number;
}

/**
 * The chart Chart.js keeps for the page's `canvas` (a selector), read through the console's own chart chunk, so the
 * instance is the page's; undefined until the chart is drawn.
 */
export async function drawnChart(page: Page, canvas: string): Promise<DrawnChart | undefined> {
  const chunk = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .find((name) => /\/assets\/chart-library-[^/]+\.js$/.test(name)),
  );
  if (chunk === undefined) return undefined;
  // a string, so the test runner's transform leaves its import() alone
  return page.evaluate(`import(${JSON.stringify(chunk)}).then((exported) => {
    const Chart = Object.values(exported).find((value) => typeof value?.getChart === 'function');
    const canvas = document.querySelector(${JSON.stringify(canvas)});
    const chart = canvas && Chart.getChart(canvas);
    if (!chart) return undefined;
    const categories = Object.values(chart.scales).find((scale) => scale.type === 'category');
    const edge = canvas.getContext('2d').getImageData(0, 0, 3, canvas.height).data;
    return {
      labelled: categories.ticks.length,
      edgePixels: edge.filter((value, i) => i % 4 === 3 && value > 0).length,
      plotShare: Math.round((chart.chartArea.width / chart.width) * 100) / 100,
    };
  })`);
}
