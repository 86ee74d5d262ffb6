import type { Condition } from '../condition-schema.ts';
import { isIn } from './is-in.ts';
import { isOperatorObject } from './is-operator-object.ts';
import { paddedVersion } from './padded-version.ts';
import type { SavedGroups } from './saved-groups.ts';
import { typeName } from './type-name.ts';

/**
 * The evaluator the nesting operators (`$not`, `$size`, `$all`, `$elemMatch`) recurse into. The caller passes it, so
 * the operators depend on no evaluator module and the modules import each other one way only.
 */
export interface NestedRules {
  valueMatches(condition: unknown, value: unknown, savedGroups: SavedGroups, caseInsensitive?: boolean): boolean;
  conditionHolds(attributes: unknown, condition: Condition, savedGroups: SavedGroups): boolean;
}

/**
 * One `$operator: argument` pair against an attribute value, with GrowthBook's semantics.
 * An unknown operator or an invalid regex is false, never a throw.
 */
export function evalOperator(operator: string, actual: unknown, expected: unknown, savedGroups: SavedGroups, nested: NestedRules): boolean {
  // Comparisons use JavaScript's own coercion on purpose: that is GrowthBook's contract (e.g. `"10" < "9"`). The casts
  // only let TypeScript write the comparisons; the values stay whatever they are.
  const left = actual as number;
  const right = expected as number;
  const group = (): unknown[] | undefined => {
    const values = savedGroups[expected as string];
    // An unknown group is an empty list; anything else malformed matches nobody, even for $notInGroup.
    if (values === undefined) return [];
    if (Array.isArray(values)) return values;
  };
  const all = (caseInsensitive?: boolean) =>
    Array.isArray(expected) &&
    Array.isArray(actual) &&
    expected.every((item) => actual.some((value) => nested.valueMatches(item, value, savedGroups, caseInsensitive)));
  const regex = (flags?: string) => {
    try {
      return typeof expected === 'string' && new RegExp(expected, flags).test(actual as string);
    } catch {
      return false;
    }
  };
  const elementMatches = (value: unknown) =>
    isOperatorObject(expected)
      ? nested.valueMatches(expected, value, savedGroups)
      : nested.conditionHolds(value, expected as Condition, savedGroups);
  switch (operator) {
    case '$eq':
      return actual === expected;
    case '$ne':
      return actual !== expected;
    case '$lt':
      return left < right;
    case '$lte':
      return left <= right;
    case '$gt':
      return left > right;
    case '$gte':
      return left >= right;
    case '$veq':
      return paddedVersion(actual) === paddedVersion(expected);
    case '$vne':
      return paddedVersion(actual) !== paddedVersion(expected);
    case '$vgt':
      return paddedVersion(actual) > paddedVersion(expected);
    case '$vgte':
      return paddedVersion(actual) >= paddedVersion(expected);
    case '$vlt':
      return paddedVersion(actual) < paddedVersion(expected);
    case '$vlte':
      return paddedVersion(actual) <= paddedVersion(expected);
    case '$exists':
      return expected ? actual != null : actual == null;
    case '$in':
      return Array.isArray(expected) && isIn(actual, expected);
    case '$nin':
      return Array.isArray(expected) && !isIn(actual, expected);
    case '$ini':
      return Array.isArray(expected) && isIn(actual, expected, true);
    case '$nini':
      return Array.isArray(expected) && !isIn(actual, expected, true);
    case '$inGroup': {
      const values = group();
      return !!values && isIn(actual, values);
    }
    case '$notInGroup': {
      const values = group();
      return !!values && !isIn(actual, values);
    }
    case '$all':
      return all();
    case '$alli':
      return all(true);
    case '$size':
      return Array.isArray(actual) && nested.valueMatches(expected, actual.length, savedGroups);
    case '$elemMatch':
      return Array.isArray(actual) && actual.some((value) => value != null && elementMatches(value));
    case '$not':
      return !nested.valueMatches(expected, actual, savedGroups);
    case '$regex':
      return regex();
    case '$regexi':
      return regex('i');
    case '$type':
      return typeName(actual) === expected;
  }
  return false;
}
