/** A Playwright or a puppeteer page: both wait for a function the same way. */
interface WaitingPage {
  waitForFunction(pageFunction: () => boolean): Promise<unknown>;
}

/** The snippet's stub is replaced by the SDK once its script has run: the stub has every method but destroy. */
export async function waitForSdk(page: WaitingPage): Promise<void> {
  await page.waitForFunction(() => typeof (window as unknown as { growthkit: { destroy?: unknown } }).growthkit.destroy === 'function');
}
