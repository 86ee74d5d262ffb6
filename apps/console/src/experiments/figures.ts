/** How the console writes the endpoint's numbers: the same rounding everywhere, "—" where there is no figure. */
export const percent = (value: number | null | undefined, digits = 1) => (value == null ? '—' : `${(value * 100).toFixed(digits)}%`);

export const signedPercent = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)}%`;

export function pValue(value: number | null | undefined): string {
  if (value == null) return '—';
  return value < 0.0001 ? '< 0.0001' : value.toFixed(4);
}

export const count = (value: number) => value.toLocaleString('en');

export const interval = (range: { low: number; high: number } | null, write: (value: number) => string) =>
  range ? `${write(range.low)} to ${write(range.high)}` : '—';
