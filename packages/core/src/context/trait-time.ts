/** A time trait (ISO string or epoch milliseconds) as epoch milliseconds; NaN for anything else. */
export const traitTime = (value: unknown): number =>
  typeof value == 'string' ? Date.parse(value) : typeof value == 'number' ? value : NaN;
