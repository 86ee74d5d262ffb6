import type { Condition } from '../condition-schema.ts';
import { conditionHolds } from './condition-holds.ts';

/** Saved groups by id, GrowthBook's v1 payload shape: the list of attribute values in the group. */
export type SavedGroups = Record<string, unknown[]>;

/**
 * Whether the attributes satisfy a GrowthBook (MongoDB-like) condition, with GrowthBook's published SDK behaviour
 * so rules written for GrowthBook target the same users here. Top-level keys are `$and`, `$or`, `$nor`, `$not` or
 * dot paths into the attributes. It never throws: where GrowthBook would (a symbol, a BigInt or a cycle meeting a
 * comparison), the whole condition is false rather than the throw flipping a `$not`.
 */
export function evalCondition(attributes: Record<string, unknown>, condition: Condition, savedGroups: SavedGroups = {}): boolean {
  try {
    return conditionHolds(attributes, condition, savedGroups);
  } catch {
    return false;
  }
}
