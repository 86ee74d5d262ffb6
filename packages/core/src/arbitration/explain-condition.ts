import type { Condition } from '../condition-schema.ts';
import { evalCondition, type SavedGroups } from '../condition/eval-condition.ts';
import { getPath } from '../condition/get-path.ts';
import { isOperatorObject } from '../condition/is-operator-object.ts';

/** Why a condition fails, as data; describeConditionFailure says it in words. */
export interface ConditionFailure {
  /** the attribute path of the failing leaf, or the logical operator (`$nor`, `$not`) that excluded the user */
  path: string;
  /** the attribute's value at `path` */
  value?: unknown;
  /** the one operator of the leaf the value fails; absent for a plain value to equal */
  operator?: string;
  /** the operand of that operator, the plain value, or the logical operator's operand */
  expected: unknown;
  /** how many `$or`s, none of whose branches match, enclose the leaf (it is in the first branch of each) */
  or?: number;
}

/**
 * Why a condition fails for these attributes: the first failing leaf in document order, with the attribute's value and
 * the one operator it fails. Undefined when the condition holds.
 */
export function explainCondition(
  attributes: Record<string, unknown>,
  condition: Condition,
  savedGroups?: SavedGroups,
): ConditionFailure | undefined {
  const holds = (part: Condition) => evalCondition(attributes, part, savedGroups);
  for (const key in condition) {
    const expected: any = condition[key];
    if (holds({ [key]: expected })) continue;
    if (key == '$and') {
      const failing = expected.find((part: Condition) => !holds(part));
      return explainCondition(attributes, failing, savedGroups);
    }
    if (key == '$or') {
      const first = explainCondition(attributes, expected[0], savedGroups);
      return first && { ...first, or: (first.or ?? 0) + 1 };
    }
    if (key[0] == '$') return { path: key, expected };
    const operator = isOperatorObject(expected) ? Object.keys(expected).find((op) => !holds({ [key]: { [op]: expected[op] } })) : undefined;
    return { path: key, value: getPath(attributes, key), operator, expected: operator ? expected[operator] : expected };
  }
}
