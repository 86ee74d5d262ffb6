import type { Page } from 'playwright-core';

/**
 * Holds one of the host's files back until GrowthKit has had its config and half a second to act on it, so a slot
 * the host renders from that file is certainly missing when GrowthKit first decides: a host on a slow network.
 */
export async function slowHostFile(page: Page, pattern: string): Promise<void> {
  const configAnswered = page.waitForResponse((response) => response.url().includes('/v1/config'));
  await page.route(pattern, async (route) => {
    await configAnswered;
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.continue();
  });
}
