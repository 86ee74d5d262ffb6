import type { EarlierLook, EarlierLooks } from '@growthkit/stats';
import type { ExperimentResults } from './experiment-results.ts';

interface Reported {
  alwaysValidPValue: number | null;
  alwaysValidInterval: EarlierLook['alwaysValidInterval'] | null;
  shortfall: unknown;
}

/** A comparison's look is carried only once it had the minimum sample and a sound split: before that it is no evidence. */
const counts = (comparison: Reported, splitBroken: boolean): comparison is Reported & EarlierLook =>
  !splitBroken && comparison.shortfall === null && comparison.alwaysValidPValue !== null && comparison.alwaysValidInterval !== null;

/** The looks to carry into the next one: this look's comparisons that count, the earlier ones for those that do not. */
export function carriedLooks(results: ExperimentResults, earlier: EarlierLooks): EarlierLooks {
  const versusControl = { ...earlier.versusControl };
  const versusFirstVariant = { ...earlier.versusFirstVariant };
  for (const arm of results.variants) {
    if (!arm.control && counts(arm, results.srm.flagged)) {
      versusControl[arm.key] = { alwaysValidPValue: arm.alwaysValidPValue, alwaysValidInterval: arm.alwaysValidInterval };
    }
    const copyTest = arm.versusFirstVariant;
    if (copyTest && counts(copyTest, results.srm.flagged)) {
      versusFirstVariant[arm.key] = { alwaysValidPValue: copyTest.alwaysValidPValue, alwaysValidInterval: copyTest.alwaysValidInterval };
    }
  }
  return { versusControl, versusFirstVariant };
}
