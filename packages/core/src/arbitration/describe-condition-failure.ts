import type { ConditionFailure } from '../condition/condition-failure.ts';

const json = (value: unknown) => JSON.stringify(value) ?? String(value);

/** What a failing leaf needs: its operator and operand, or the plain value to equal. */
function needs({ operator, expected }: Partial<ConditionFailure>): string {
  return operator ? `${operator} ${json(expected)}` : json(expected);
}

/**
 * A failing condition in words, e.g. `plan is "basic"; needs $in ["trial"]`; without a failing leaf (`{}`), that the
 * audience does not match.
 */
export function describeConditionFailure(failure: Partial<ConditionFailure>): string {
  const { path, value, expected, or } = failure;
  if (path == null) return 'audience does not match';
  let words: string;
  if (path[0] === '$') words = `${path} excludes ${json(expected)}`;
  else words = `${path} ${value == null ? 'is not set' : `is ${json(value)}`}; needs ${needs(failure)}`;
  return 'none of $or matches; the first: '.repeat(or ?? 0) + words;
}
