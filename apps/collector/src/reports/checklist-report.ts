import type { ChecklistFunnelReport } from '@growthkit/core';
import type { ChecklistTally } from '../store/store.ts';
import { reportRatio } from './report-ratio.ts';

/**
 * The checklist step funnel: the campaign's steps in its order with the people who completed each, their share of the
 * people shown the checklist and of the step before (where users stall), and the people who completed the checklist.
 */
export function checklistReport(
  stepIds: readonly string[],
  tally: ChecklistTally,
): Pick<ChecklistFunnelReport, 'shown' | 'steps' | 'completed'> {
  const people = new Map(tally.steps.map(({ step, people: count }) => [step, count]));
  const steps = stepIds.map((step, k) => {
    const completed = people.get(step) ?? 0;
    const previous = k === 0 ? tally.shown : (people.get(stepIds[k - 1]!) ?? 0);
    return { step, completed, fromShown: reportRatio(completed, tally.shown), fromPrevious: reportRatio(completed, previous) };
  });
  return { shown: tally.shown, steps, completed: { people: tally.completed, fromShown: reportRatio(tally.completed, tally.shown) } };
}
