import type { Condition } from '../condition-schema.ts';
import { explainCondition } from './explain-condition.ts';
import type { SavedGroups } from './saved-groups.ts';

export type { SavedGroups };

/**
 * Whether the attributes satisfy a GrowthBook (MongoDB-like) condition, with GrowthBook's published SDK behaviour
 * so rules written for GrowthBook target the same users here. Top-level keys are `$and`, `$or`, `$nor`, `$not` or
 * dot paths into the attributes. It never throws (see explainCondition): a condition that cannot be evaluated is false.
 */
export function evalCondition(attributes: Record<string, unknown>, condition: Condition, savedGroups: SavedGroups = {}): boolean {
  return !explainCondition(attributes, condition, savedGroups);
}
