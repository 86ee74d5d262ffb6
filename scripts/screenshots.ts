// Regenerates the demo screenshots under docs/: `pnpm build && tsx scripts/screenshots.ts`.
import { launchChromium } from '../test/support/browser.ts';
import { startStack } from '../test/support/stack.ts';

const stack = await startStack();
const browser = await launchChromium();
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1040 }, colorScheme });
    await page.goto(stack.demoUrl);
    await page.locator('[data-growthkit="checklist"]').getByRole('progressbar').waitFor();
    await page.click('#create-doc');
    await page.click('#invite');
    await page.locator('[data-growthkit="checklist"]').getByText('2 of 6').waitFor();
    // Let the progress bar and chevron transitions settle before taking the picture.
    await page.waitForTimeout(800);
    await page.screenshot({ path: `docs/demo${colorScheme === 'dark' ? '-dark' : ''}.png` });
    await page.close();
  }
} finally {
  await browser.close();
  await stack.close();
}
