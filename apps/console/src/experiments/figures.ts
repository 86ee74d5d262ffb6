/** How the console writes the endpoint's numbers: the same rounding everywhere, "—" where there is no figure. */
export const percent = (value: number | null | undefined, digits = 1) => (value == null ? '—' : `${(value * 100).toFixed(digits)}%`);

export const signedPercent = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)}%`;

export function pValue(value: number | null | undefined): string {
  if (value == null) return '—';
  return value < 0.0001 ? '< 0.0001' : value.toFixed(4);
}

/** A p-value in a sentence: "p = 0.0123", or "p < 0.0001" (not "p = < 0.0001"). */
export const pInWords = (value: number) => (value < 0.0001 ? `p ${pValue(value)}` : `p = ${pValue(value)}`);

/** A probability near certainty: "> 99.9%" and "< 0.1%" rather than a rounded 100.0% or 0.0% that claims it. */
export function chance(value: number | null | undefined): string {
  if (value == null) return '—';
  if (value > 0.999) return '> 99.9%';
  if (value < 0.001) return '< 0.1%';
  return percent(value);
}

export const count = (value: number) => value.toLocaleString('en');

export const interval = (range: { low: number; high: number } | null, write: (value: number) => string) =>
  range ? `${write(range.low)} to ${write(range.high)}` : '—';
