import type { Rejection } from '@growthkit/core';
import { rawJsonProblem } from '../json/raw-json-problem.ts';

/** Levels of objects and arrays in one event, the event itself being the first: props and context nest far less. */
const EVENT_NESTING_MAX = 32;

/**
 * What makes an event unsafe to hand to the schema at all (rawJsonProblem): a nesting problem names the event's
 * top-level field, a key or a string its dotted path.
 */
export function rawEventProblem(event: unknown): Omit<Rejection, 'index'> | undefined {
  // What is not an object is the schema's to reject: it names the event itself, not an index inside it.
  if (typeof event !== 'object' || event === null || Array.isArray(event)) return undefined;
  return rawJsonProblem(event, { nestingMax: EVENT_NESTING_MAX, within: 'an event' });
}
