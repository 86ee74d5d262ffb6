/**
 * `$in`-style membership. An array attribute matches when any of its elements is listed (GrowthBook's implicit
 * intersection). `caseInsensitive` lower-cases strings on both sides; it compares with `===` while the plain form uses
 * `includes`, which is how GrowthBook differs between `$ini` and `$in` (only visible for NaN).
 */
export function isIn(actual: unknown, expected: unknown[], caseInsensitive?: boolean): boolean {
  const fold = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value);
  const has = (value: unknown) => (caseInsensitive ? expected.some((item) => fold(item) === fold(value)) : expected.includes(value));
  return Array.isArray(actual) ? actual.some(has) : has(actual);
}
