import type { Condition } from '../condition-schema.ts';
import type { SavedGroups } from './eval-condition.ts';
import { evalValue } from './eval-value.ts';
import { getPath } from './get-path.ts';

/**
 * Every top-level key must hold: `$or` (an empty list holds), `$nor`, `$and`, `$not`, or a dot path tested with
 * `evalValue`. May throw on exotic attribute values; `evalCondition` is the safe entry point.
 */
export function conditionHolds(attributes: unknown, condition: Condition, savedGroups: SavedGroups): boolean {
  const some = (list: any) => !list?.length || !!list.some?.((item: Condition) => conditionHolds(attributes, item, savedGroups));
  for (const key in condition) {
    const value: any = condition[key];
    if (
      !(key == '$or'
        ? some(value)
        : key == '$nor'
          ? !some(value)
          : key == '$and'
            ? (value?.every?.((item: Condition) => conditionHolds(attributes, item, savedGroups)) ?? true)
            : key == '$not'
              ? !conditionHolds(attributes, value, savedGroups)
              : evalValue(value, getPath(attributes, key), savedGroups))
    )
      return false;
  }
  return true;
}
