/** The most milliseconds from the epoch a Date holds, either way (ECMA-262 §21.4.1.1). */
const DATE_RANGE_MS = 8.64e15;

/**
 * A time trait (ISO string or epoch milliseconds) as epoch milliseconds; NaN for anything else, a number beyond the
 * range of dates included (a renewal at 1e20 is no date: every reader would otherwise fail or count days to it).
 */
export function traitTime(value: unknown): number {
  if (typeof value === 'string') return Date.parse(value);
  if (typeof value === 'number' && Math.abs(value) <= DATE_RANGE_MS) return value;
  return NaN;
}
