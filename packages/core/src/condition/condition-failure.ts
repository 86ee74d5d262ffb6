import type { Condition } from '../condition-schema.ts';
import { evalOperator, type NestedRules } from './eval-operator.ts';
import { getPath } from './get-path.ts';
import { isOperatorObject } from './is-operator-object.ts';
import { literalMatches } from './literal-matches.ts';
import type { SavedGroups } from './saved-groups.ts';

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

/** the operator and operand a value fails; no operator for a literal */
type ValueFailure = Pick<ConditionFailure, 'operator' | 'expected'>;

/** A logical operator's operand as GrowthBook reads it: a list, though JSON may hold anything there. */
type ConditionList = { length?: number; some?: Condition[]['some']; every?: Condition[]['every'] } | null | undefined;

const nested: NestedRules = {
  valueMatches: (condition, value, savedGroups, caseInsensitive) => !valueFailure(condition, value, savedGroups, caseInsensitive),
  conditionHolds: (attributes, condition, savedGroups) => !conditionFailure(attributes, condition, savedGroups),
};

/** Where one attribute value fails what a condition lists for it (a literal, or an object of operators), if it does. */
function valueFailure(condition: unknown, value: unknown, savedGroups: SavedGroups, caseInsensitive?: boolean): ValueFailure | undefined {
  if (!isOperatorObject(condition)) return literalMatches(condition, value, caseInsensitive) ? undefined : { expected: condition };
  for (const operator in condition) {
    const expected = condition[operator];
    if (!evalOperator(operator, value, expected, savedGroups, nested)) return { operator, expected };
  }
}

/** `$or`: undefined when a branch matches or the list is empty; otherwise why its first branch fails. */
function orFailure(attributes: unknown, list: ConditionList, savedGroups: SavedGroups): ConditionFailure | undefined {
  if (!list?.length) return;
  let first: ConditionFailure | undefined;
  const matched = list.some?.((branch, index) => {
    const failure = conditionFailure(attributes, branch, savedGroups);
    if (index === 0) first = failure;
    return !failure;
  });
  if (matched) return;
  // a list without branches to name (a string, say) fails as a whole
  return first ? { ...first, or: (first.or ?? 0) + 1 } : { path: '$or', expected: list };
}

/** `$and`: why its first failing part fails; undefined when every part holds. */
function andFailure(attributes: unknown, list: ConditionList, savedGroups: SavedGroups): ConditionFailure | undefined {
  let failure: ConditionFailure | undefined;
  list?.every?.((part) => {
    failure = conditionFailure(attributes, part, savedGroups);
    return !failure;
  });
  return failure;
}

/** One top-level key of a condition: a logical operator, or a dot path whose value is tested. */
function keyFailure(attributes: unknown, key: string, expected: unknown, savedGroups: SavedGroups): ConditionFailure | undefined {
  switch (key) {
    case '$or':
      return orFailure(attributes, expected as ConditionList, savedGroups);
    case '$nor': {
      const noneMatches = orFailure(attributes, expected as ConditionList, savedGroups) !== undefined;
      return noneMatches ? undefined : { path: key, expected };
    }
    case '$and':
      return andFailure(attributes, expected as ConditionList, savedGroups);
    case '$not': {
      const inner = conditionFailure(attributes, expected as Condition, savedGroups);
      return inner ? undefined : { path: key, expected };
    }
    default: {
      const value = getPath(attributes, key);
      const failure = valueFailure(expected, value, savedGroups);
      return failure && { path: key, value, ...failure };
    }
  }
}

/**
 * Where a GrowthBook condition fails for these attributes: its first failing leaf in document order, with the
 * attribute's value and the one operator it fails; undefined when the condition holds. Holding and failing are decided
 * in this one evaluation, so the reason given is the one that refused. May throw on exotic attribute values (a symbol,
 * a BigInt); explainCondition and evalCondition are the safe entry points.
 */
export function conditionFailure(attributes: unknown, condition: Condition, savedGroups: SavedGroups): ConditionFailure | undefined {
  for (const key in condition) {
    const failure = keyFailure(attributes, key, condition[key], savedGroups);
    if (failure) return failure;
  }
}
