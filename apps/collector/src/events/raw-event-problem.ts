import type { Rejection } from '@growthkit/core';

/** Levels of objects and arrays in one event, the event itself being the first: props and context nest far less. */
export const EVENT_NESTING_MAX = 32;

interface Visit {
  value: unknown;
  /** keys from the event down to `value` */
  path: string[];
}

/**
 * What makes an event unsafe to hand to the schema at all, found without recursion: the schema's checks
 * (JSON.stringify of props) recurse and overflow the stack on an event nested a few thousand levels deep, which a
 * 1 MB body can hold hundreds of times over. The event's top-level field is named, as the schema would.
 */
export function rawEventProblem(event: unknown): Omit<Rejection, 'index'> | undefined {
  const stack: Visit[] = [{ value: event, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= EVENT_NESTING_MAX) {
      return { field: path[0]!, message: `objects and arrays may nest at most ${EVENT_NESTING_MAX} levels deep in an event` };
    }
    for (const [key, child] of Object.entries(value)) stack.push({ value: child, path: [...path, key] });
  }
  return undefined;
}
