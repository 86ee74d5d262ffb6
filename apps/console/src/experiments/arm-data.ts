import type { ExperimentAnswer, ResultArm } from './experiment-answer.ts';

/** Whether an arm has a rate to show: someone was exposed (the collector answers 0 exposed with a null rate, or 0). */
export const hasData = (arm: ResultArm): arm is ResultArm & { rate: number } => arm.exposed > 0 && arm.rate !== null;

/** A comparison with the control means something only when both have data. */
export const comparable = (arm: ResultArm, control: ResultArm | undefined) =>
  !arm.control && hasData(arm) && control !== undefined && hasData(control);

/**
 * The arms short of the minimum sample, fewest first, e.g. "holdout has 0, value has 40": the headline's "0 of 100
 * users needed" does not say which arm it is.
 */
export function shortArms(results: ExperimentAnswer): string | undefined {
  const { shortfall } = results;
  if (!shortfall) return undefined;
  const have = (arm: ResultArm) => (shortfall.measure === 'users' ? arm.exposed : arm.converted);
  const short = results.variants.filter((arm) => have(arm) < shortfall.need).sort((a, b) => have(a) - have(b));
  return short.map((arm) => `${arm.key} has ${have(arm).toLocaleString('en')}`).join(', ');
}
