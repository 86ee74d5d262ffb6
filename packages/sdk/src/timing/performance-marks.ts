/**
 * User Timing marks a page (and our benchmark) can read with `performance.getEntriesByName(…)`: when the script
 * started running, and when the first widget was painted (first-paint-marker.ts; SPEC §11 budgets the time between the two).
 */
export const START_MARK = 'growthkit:start';
/** A mark, or nothing where the page (or an old browser) has no User Timing: never an error in the host. */
export function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // timing is informative only
  }
}
