import type { Condition } from '../condition-schema.ts';
import { evalCondition, type SavedGroups } from '../condition/eval-condition.ts';
import { getPath } from '../condition/get-path.ts';
import { isOperatorObject } from '../condition/is-operator-object.ts';

export interface ConditionFailure {
  /** the attribute path of the failing leaf, or the logical operator (`$nor`, `$not`) that excluded the user */
  path: string;
  value?: unknown;
  message: string;
}

const json = (value: unknown) => JSON.stringify(value) ?? String(value);

/**
 * Why a condition fails for these attributes: the first failing leaf in document order, with the attribute's value and
 * the one operator it fails (`plan is "basic"; needs $in ["trial"]`). Undefined when the condition holds.
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
      return first && { ...first, message: `none of $or matches; the first: ${first.message}` };
    }
    if (key[0] == '$') return { path: key, message: `${key} excludes ${json(expected)}` };
    const value = getPath(attributes, key);
    const op = isOperatorObject(expected) ? Object.keys(expected).find((op) => !holds({ [key]: { [op]: expected[op] } })) : undefined;
    const needs = op ? `${op} ${json(expected[op])}` : json(expected);
    return { path: key, value, message: `${key} ${value == null ? 'is not set' : `is ${json(value)}`}; needs ${needs}` };
  }
}
