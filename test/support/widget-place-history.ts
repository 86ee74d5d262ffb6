import type { Page } from 'playwright-core';

/**
 * Every place a widget is put from now on, in order, as the name of its slot or "floating <place>": a widget that
 * floats for a moment before its slot appears is caught here, though it is gone by the time a test looks.
 */
export async function recordWidgetPlaces(page: Page): Promise<string[]> {
  const places: string[] = [];
  await page.exposeFunction('reportGrowthKitWidgetPlace', (place: string) => places.push(place));
  await page.addInitScript(() => {
    const report = (window as unknown as { reportGrowthKitWidgetPlace(place: string): void }).reportGrowthKitWidgetPlace;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) {
          if (!(node instanceof Element) || !node.hasAttribute('data-growthkit-widget')) continue;
          const slot = node.parentElement?.closest('[data-growthkit]');
          report(slot ? String(slot.getAttribute('data-growthkit')) : `floating ${node.getAttribute('data-growthkit-widget')}`);
        }
    }).observe(document, { childList: true, subtree: true });
  });
  return places;
}

/** The distinct floating places in a recorded history ("floating banner" …): a widget put back in the same place counts once. */
export function floatingPlaces(places: readonly string[]): string[] {
  return [...new Set(places.filter((place) => place.startsWith('floating ')))];
}
