/** A time trait (ISO string or epoch milliseconds) as epoch milliseconds; NaN for anything else. */
export function traitTime(value: unknown): number {
  if (typeof value === 'string') return Date.parse(value);
  if (typeof value === 'number') return value;
  return NaN;
}
