import type { Condition } from '@growthkit/core';

const show = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)));
const list = (value: unknown) => (Array.isArray(value) ? value.map(show).join(', ') : show(value));

const OPERATORS: Record<string, (operand: unknown) => string> = {
  $eq: (operand) => `is ${show(operand)}`,
  $ne: (operand) => `is not ${show(operand)}`,
  $in: (operand) => `is one of ${list(operand)}`,
  $nin: (operand) => `is none of ${list(operand)}`,
  $gt: (operand) => `is more than ${show(operand)}`,
  $gte: (operand) => `is at least ${show(operand)}`,
  $lt: (operand) => `is less than ${show(operand)}`,
  $lte: (operand) => `is at most ${show(operand)}`,
  $exists: (operand) => (operand ? 'is set' : 'is not set'),
  $regex: (operand) => `matches /${show(operand)}/`,
  $all: (operand) => `has all of ${list(operand)}`,
  $size: (operand) => `has ${show(operand)} items`,
};

function describeValue(path: string, value: unknown): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${path} is ${show(value)}`;
  const entries = Object.entries(value as Record<string, unknown>);
  if (!entries.every(([operator]) => operator.startsWith('$'))) return `${path} is ${show(value)}`;
  return entries
    .map(([operator, operand]) => {
      if (operator === '$not') return `not (${describeValue(path, operand)})`;
      return `${path} ${OPERATORS[operator]?.(operand) ?? `${operator} ${show(operand)}`}`;
    })
    .join(' and ');
}

const nested = (conditions: unknown): string[] =>
  Array.isArray(conditions) ? conditions.map((condition) => describeAudience(condition as Condition)) : [show(conditions)];

/**
 * A targeting condition in words for the campaign list, e.g. `plan is one of trial, basic and computed.risk is high`;
 * `{}` is everyone. An operator the words do not know is shown as written.
 */
export function describeAudience(condition: Condition): string {
  const parts = Object.entries(condition).map(([key, value]) => {
    if (key === '$and') return nested(value).join(' and ');
    if (key === '$or') return `either ${nested(value).join(' or ')}`;
    if (key === '$nor') return `none of ${nested(value).join('; ')}`;
    if (key === '$not') return `not (${describeAudience(value as Condition)})`;
    return describeValue(key, value);
  });
  return parts.length === 0 ? 'Everyone' : parts.join(' and ');
}
