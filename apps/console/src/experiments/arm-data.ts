import type { SampleShortfall } from '@growthkit/stats';
import type { ExperimentAnswer, ResultArm } from './experiment-answer.ts';

/** Whether an arm has a rate to show: someone was exposed (the collector answers 0 exposed with a null rate, or 0). */
export const hasData = (arm: ResultArm): arm is ResultArm & { rate: number } => arm.exposed > 0 && arm.rate !== null;

/** A comparison means something only when both arms have data. */
export const comparable = (arm: ResultArm, comparator: ResultArm | undefined) =>
  !arm.control && hasData(arm) && comparator !== undefined && hasData(comparator);

const SHORT_OF = { users: 'users in each arm', conversions: 'conversions in both arms together' };

const shortText = (key: string, comparator: string | null, shortfall: SampleShortfall) =>
  `${key} against ${comparator}: ${shortfall.have.toLocaleString('en')} of ${shortfall.need.toLocaleString('en')} ${SHORT_OF[shortfall.measure]}`;

/**
 * The comparisons short of the minimum sample, e.g. "value against holdout: 0 of 100 users in each arm": the headline's
 * figures do not say which pair it is.
 */
export function shortArms(results: ExperimentAnswer): string | undefined {
  if (!results.shortfall) return undefined;
  const short: string[] = [];
  for (const arm of results.variants) {
    if (arm.shortfall) short.push(shortText(arm.key, arm.comparator, arm.shortfall));
    const copyTest = arm.versusFirstVariant;
    if (copyTest?.shortfall) short.push(shortText(arm.key, copyTest.comparator, copyTest.shortfall));
  }
  return short.join('; ');
}
