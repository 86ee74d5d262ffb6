import type { Interval } from './interval.ts';
import type { SampleShortfall } from './minimum-sample.ts';
import type { SampleRatioMismatch } from './srm.ts';
import type { Verdict } from './verdict.ts';

export interface VariantSummaryInput {
  key: string;
  /** How the comparator is named: "the holdout", or the control's key. */
  comparator: string;
  verdict: Exclude<Verdict, 'insufficient-data'>;
  /** No counted user's goal window has closed yet. */
  provisional: boolean;
  confidence: number;
  /** The experiment's number of comparisons, which the interval's level is adjusted for. */
  comparisons: number;
  relativeLift: Interval | null;
  absoluteLift: Interval;
}

/** A share as signed percent (or percentage points) rounded to `digits`, with "-0" shown as "0". */
function signed(value: number, digits: number): string {
  const rounded = Number((value * 100).toFixed(digits));
  const text = Math.abs(rounded).toFixed(digits);
  if (rounded > 0) return `+${text}`;
  if (rounded < 0) return `-${text}`;
  return text;
}

function comparison(estimate: number, digits: number, unit: string, comparator: string): string {
  const rounded = Number((estimate * 100).toFixed(digits));
  const magnitude = `${Math.abs(rounded).toFixed(digits)}${unit}`;
  if (rounded > 0) return `converts ${magnitude} better than ${comparator}`;
  if (rounded < 0) return `converts ${magnitude} worse than ${comparator}`;
  return `converts about the same as ${comparator}`;
}

const ADVICE: Record<VariantSummaryInput['verdict'], string> = {
  winner: 'safe to decide',
  loser: 'safe to decide',
  // the sequential test may simply not have seen enough yet: "no clear difference" would read as "no effect"
  inconclusive: 'not conclusive yet, keep the experiment running',
  // the split is broken, so the difference may be the broken assignment's, not the variant's
  'invalid-split': 'no verdict until the split matches the configured weights',
};

// conversions still to come in open goal windows can change a rate, most of all a variant that only hurries them
const PROVISIONAL = "provisional: no counted user's goal window has closed yet, so conversions still to come may change it";

/** e.g. "Variant value converts 31% better than control (always-valid 95% CI +12% to +52%); safe to decide." */
export function variantSummary(input: VariantSummaryInput): string {
  const family = input.comparisons > 1 ? ` over ${input.comparisons} comparisons` : '';
  const level = `always-valid ${Math.round(input.confidence * 100)}% CI${family}`;
  const relative = input.relativeLift;
  const absolute = input.absoluteLift;
  // Relative lift reads best; absolute percentage points only when a rate is 0 and a ratio is undefined.
  const phrase = relative
    ? `${comparison(relative.estimate, 0, '%', input.comparator)} (${level} ${signed(relative.low, 0)}% to ${signed(relative.high, 0)}%)`
    : `${comparison(absolute.estimate, 1, ' percentage points', input.comparator)} (${level} ${signed(absolute.low, 1)} to ${signed(absolute.high, 1)} points)`;
  const decided = input.verdict === 'winner' || input.verdict === 'loser';
  const advice = decided && input.provisional ? PROVISIONAL : ADVICE[input.verdict];
  return `Variant ${input.key} ${phrase}; ${advice}.`;
}

const SHORT_OF = { users: 'users in each arm', conversions: 'conversions in both arms together' };

/** e.g. "Not enough data yet for value against control: 40 of 100 users in each arm." */
export function shortfallSummary(key: string, comparator: string, shortfall: SampleShortfall): string {
  return `Not enough data yet for ${key} against ${comparator}: ${shortfall.have} of ${shortfall.need} ${SHORT_OF[shortfall.measure]}.`;
}

function formatPValue(pValue: number): string {
  if (pValue < 1e-12) return 'p < 1e-12';
  return pValue < 1e-4 ? `p = ${pValue.toExponential(1)}` : `p = ${Number(pValue.toPrecision(2))}`;
}

/** Warning placed before any result when the split does not match the configured weights. */
export function mismatchSummary(srm: SampleRatioMismatch): string {
  return `Sample ratio mismatch (${formatPValue(srm.pValue)}): the users per variant do not match the configured weights, so assignment or exposure tracking is broken; do not trust these results until it is fixed.`;
}
