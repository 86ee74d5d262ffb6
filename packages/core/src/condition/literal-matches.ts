/**
 * Whether an attribute value equals a literal a condition lists for it, by GrowthBook's loose rules: strings compare as
 * text (`3` matches `"3"`), numbers as numbers (`"3"` matches `3`, and a missing attribute — `null` — matches `0`),
 * booleans by truthiness, and arrays or objects by their JSON text (so key order counts).
 */
export function literalMatches(literal: unknown, value: unknown, caseInsensitive?: boolean): boolean {
  if (typeof literal === 'string') {
    const text = String(value);
    return caseInsensitive ? text.toLowerCase() === literal.toLowerCase() : text === literal;
  }
  // unary plus, not Number(): it throws on a BigInt as GrowthBook does, which fails the whole condition
  if (typeof literal === 'number') return +(value as number) === literal;
  if (typeof literal === 'boolean') return value !== null && !!value === literal;
  if (literal === null) return value === null;
  return JSON.stringify(value) === JSON.stringify(literal);
}
