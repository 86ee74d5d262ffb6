import type { Page } from 'playwright-core';

/**
 * Where GrowthKit's widgets are on the page, each as "<its slot's name>: <its heading>" or, for a floating one,
 * "floating <its place>: <its heading or label>", sorted. A widget is found by its host element, wherever it is in the document.
 */
export function widgetPlaces(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-growthkit-widget]')]
      .map((host) => {
        const heading = host.shadowRoot?.querySelector('h1, h2, h3, #label')?.textContent?.trim() ?? '';
        const slot = host.parentElement?.closest('[data-growthkit]');
        const place = slot ? slot.getAttribute('data-growthkit') : `floating ${host.getAttribute('data-growthkit-widget')}`;
        return `${place}: ${heading}`;
      })
      .sort(),
  );
}
