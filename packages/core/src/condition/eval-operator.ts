import type { Condition } from '../condition-schema.ts';
import { conditionHolds } from './condition-holds.ts';
import type { SavedGroups } from './eval-condition.ts';
import { evalValue } from './eval-value.ts';
import { isIn } from './is-in.ts';
import { isOperatorObject } from './is-operator-object.ts';
import { paddedVersion } from './padded-version.ts';
import { typeName } from './type-name.ts';

/**
 * One `$operator: argument` pair against an attribute value, with GrowthBook's semantics. Comparisons use plain
 * JavaScript coercion on purpose (that is GrowthBook's contract, e.g. `"10" < "9"`), hence the `any`.
 * An unknown operator or an invalid regex is false, never a throw.
 */
export function evalOperator(operator: string, actual: any, expected: any, savedGroups: SavedGroups): boolean {
  const list = Array.isArray(expected);
  const group = () => {
    const values = savedGroups[expected];
    // An unknown group is an empty list; anything else malformed matches nobody, even for $notInGroup.
    return values === undefined ? [] : Array.isArray(values) ? values : null;
  };
  const all = (caseInsensitive?: boolean) =>
    list &&
    Array.isArray(actual) &&
    expected.every((item: unknown) => actual.some((value) => evalValue(item, value, savedGroups, caseInsensitive)));
  const regex = (flags?: string) => {
    try {
      return typeof expected == 'string' && new RegExp(expected, flags).test(actual);
    } catch {
      return false;
    }
  };
  switch (operator) {
    case '$eq':
      return actual === expected;
    case '$ne':
      return actual !== expected;
    case '$lt':
      return actual < expected;
    case '$lte':
      return actual <= expected;
    case '$gt':
      return actual > expected;
    case '$gte':
      return actual >= expected;
    case '$veq':
      return paddedVersion(actual) == paddedVersion(expected);
    case '$vne':
      return paddedVersion(actual) != paddedVersion(expected);
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
      return list && isIn(actual, expected);
    case '$nin':
      return list && !isIn(actual, expected);
    case '$ini':
      return list && isIn(actual, expected, true);
    case '$nini':
      return list && !isIn(actual, expected, true);
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
      return Array.isArray(actual) && evalValue(expected, actual.length, savedGroups);
    case '$elemMatch':
      return (
        Array.isArray(actual) &&
        actual.some(
          (value) =>
            value != null &&
            (isOperatorObject(expected)
              ? evalValue(expected, value, savedGroups)
              : conditionHolds(value, expected as Condition, savedGroups)),
        )
      );
    case '$not':
      return !evalValue(expected, actual, savedGroups);
    case '$regex':
      return regex();
    case '$regexi':
      return regex('i');
    case '$type':
      return typeName(actual) === expected;
  }
  return false;
}
