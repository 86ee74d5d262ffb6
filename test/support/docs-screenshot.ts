import type { Page } from 'playwright-core';

/** With VITE_UPDATE_SCREENSHOTS=1, the page as a person sees it goes to docs/<name>.png (docs/widgets.md shows them). */
export async function docsScreenshot(page: Page, name: string): Promise<void> {
  if (process.env.VITE_UPDATE_SCREENSHOTS !== '1') return;
  await page.screenshot({ path: new URL(`../../docs/${name}.png`, import.meta.url).pathname });
}
