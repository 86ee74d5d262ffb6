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
 * 1 MB body can hold hundreds of times over; and a key the schema cannot copy. A nesting problem names the event's
 * top-level field, a key its dotted path.
 */
export function rawEventProblem(event: unknown): Omit<Rejection, 'index'> | undefined {
  const stack: Visit[] = [{ value: event, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= EVENT_NESTING_MAX) {
      return { field: path[0]!, message: `objects and arrays may nest at most ${EVENT_NESTING_MAX} levels deep in an event` };
    }
    for (const [key, child] of Object.entries(value)) {
      // JSON.parse makes "__proto__" an own key, but the schema copies keys by assignment, which sets the copy's
      // prototype instead: the key would vanish from what is stored, its value hidden in the prototype chain.
      if (key === '__proto__') return { field: [...path, key].join('.'), message: 'a key may not be named "__proto__"' };
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return undefined;
}
