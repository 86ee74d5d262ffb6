import type { Condition } from '../condition-schema.ts';
import { conditionFailure, type ConditionFailure } from './condition-failure.ts';
import type { SavedGroups } from './saved-groups.ts';

/**
 * Why a condition fails for these attributes (conditionFailure), undefined when it holds. It never throws: where
 * GrowthBook would (a symbol, a BigInt or a cycle meeting a comparison), the condition fails with no leaf named (`{}`)
 * rather than the throw flipping a `$not`.
 */
export function explainCondition(
  attributes: Record<string, unknown>,
  condition: Condition,
  savedGroups: SavedGroups = {},
): Partial<ConditionFailure> | undefined {
  try {
    return conditionFailure(attributes, condition, savedGroups);
  } catch {
    return {};
  }
}
