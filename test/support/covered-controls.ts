import type { Locator } from 'playwright-core';

/**
 * The controls (by accessible name or text) that something else covers at their centre: `document.elementFromPoint`
 * there is neither the control nor inside it. A widget in Shadow DOM answers as its host element.
 */
export async function coveredControls(controls: Locator): Promise<string[]> {
  const covered = await controls.evaluateAll((elements) =>
    elements.map((control) => {
      const box = control.getBoundingClientRect();
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      const name = control.getAttribute('aria-label') || control.textContent?.trim() || control.tagName;
      return top && control.contains(top) ? '' : `${name} (under ${top?.outerHTML.slice(0, 60) ?? 'nothing'})`;
    }),
  );
  return covered.filter(Boolean);
}
