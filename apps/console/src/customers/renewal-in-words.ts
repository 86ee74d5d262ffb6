import { count } from '../experiments/figures.ts';

/** Days to renewal (core's computeTraits: rounded up, negative once past) as a success manager says them. */
export function renewalInWords(days: number | null | undefined): string {
  if (days === undefined || days === null) return 'No renewal date known';
  if (days < 0) return `Renewal was ${count(-days)} days ago`;
  return `Renews in ${count(days)} days`;
}
