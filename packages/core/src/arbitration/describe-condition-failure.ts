import type { ConditionFailure } from '../condition/condition-failure.ts';

const json = (value: unknown) => JSON.stringify(value) ?? String(value);

/**
 * A failing condition in words, e.g. `plan is "basic"; needs $in ["trial"]`; without a failing leaf (`{}`), that the
 * audience does not match.
 */
export function describeConditionFailure({ path, value, operator, expected, or }: Partial<ConditionFailure>): string {
  if (path == null) return 'audience does not match';
  const words =
    path[0] == '$'
      ? `${path} excludes ${json(expected)}`
      : `${path} ${value == null ? 'is not set' : `is ${json(value)}`}; needs ${operator ? `${operator} ${json(expected)}` : json(expected)}`;
  return 'none of $or matches; the first: '.repeat(or ?? 0) + words;
}
