import { gammaQ } from './incomplete-gamma.ts';

/** Upper tail P(X ≥ x) of the chi-square distribution with `degreesOfFreedom`: the p-value of a chi-square statistic. */
export function chiSquareSurvival(x: number, degreesOfFreedom: number): number {
  return gammaQ(degreesOfFreedom / 2, x / 2);
}
