import { evalOperator } from './eval-operator.ts';
import { isOperatorObject } from './is-operator-object.ts';
import type { SavedGroups } from './eval-condition.ts';

/**
 * Tests one attribute value against what a condition lists for it: a literal, or an object of operators.
 * Literals follow GrowthBook's loose rules: strings compare as text (`3` matches `"3"`), numbers as numbers
 * (`"3"` matches `3`, and a missing attribute — `null` — matches `0`), booleans by truthiness, and arrays or
 * objects by their JSON text (so key order counts).
 */
export function evalValue(condition: unknown, value: any, savedGroups: SavedGroups, caseInsensitive?: boolean): boolean {
  if (typeof condition == 'string')
    return caseInsensitive ? String(value).toLowerCase() == condition.toLowerCase() : String(value) == condition;
  if (typeof condition == 'number') return +value === condition;
  if (typeof condition == 'boolean') return value !== null && !!value == condition;
  if (condition === null) return value === null;
  if (!isOperatorObject(condition)) return JSON.stringify(value) === JSON.stringify(condition);
  for (const operator in condition) if (!evalOperator(operator, value, condition[operator], savedGroups)) return false;
  return true;
}
