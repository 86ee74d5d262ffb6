import type { Condition } from '../condition-schema.ts';
import { evalValue } from './eval-value.ts';
import { getPath } from './get-path.ts';

/** Saved groups by id, GrowthBook's v1 payload shape: the list of attribute values in the group. */
export type SavedGroups = Record<string, unknown[]>;

/**
 * Whether the attributes satisfy a GrowthBook (MongoDB-like) condition, with GrowthBook's published SDK behaviour
 * so rules written for GrowthBook target the same users here. Top-level keys are `$and`, `$or`, `$nor`, `$not` or
 * dot paths into the attributes. Malformed conditions evaluate to false (or true where GrowthBook says so) and
 * never throw.
 */
export function evalCondition(
  attributes: Record<string, unknown>,
  condition: Condition,
  savedGroups: SavedGroups = {},
): boolean {
  const some = (list: any) =>
    !list?.length || !!list.some?.((item: Condition) => evalCondition(attributes, item, savedGroups));
  for (const key in condition) {
    const value: any = condition[key];
    if (
      !(key == '$or'
        ? some(value)
        : key == '$nor'
          ? !some(value)
          : key == '$and'
            ? (value?.every?.((item: Condition) => evalCondition(attributes, item, savedGroups)) ?? true)
            : key == '$not'
              ? !evalCondition(attributes, value, savedGroups)
              : evalValue(value, getPath(attributes, key), savedGroups))
    )
      return false;
  }
  return true;
}
