import type { Rejection } from '@growthkit/core';

/** Levels of objects and arrays in one event, the event itself being the first: props and context nest far less. */
const EVENT_NESTING_MAX = 32;

// JSON's \u escapes can spell half of a UTF-16 pair alone; such text has no UTF-8 form, so SQLite would keep U+FFFD.
const LONE_SURROGATE = /\p{Surrogate}/u;
const NOT_UNICODE = 'must be well-formed Unicode: a \\ud800–\\udfff escape only as half of a pair';

interface Visit {
  value: unknown;
  /** keys from the event down to `value` */
  path: string[];
}

/**
 * What makes an event unsafe to hand to the schema at all, found without recursion: the schema's checks
 * (JSON.stringify of props) recurse and overflow the stack on an event nested a few thousand levels deep, which a
 * 1 MB body can hold hundreds of times over; a key the schema cannot copy; text that cannot be stored as sent. A
 * nesting problem names the event's top-level field, a key or a string its dotted path.
 */
export function rawEventProblem(event: unknown): Omit<Rejection, 'index'> | undefined {
  // What is not an object is the schema's to reject: it names the event itself, not an index inside it.
  if (typeof event !== 'object' || event === null || Array.isArray(event)) return undefined;
  const stack: Visit[] = [{ value: event, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string' && LONE_SURROGATE.test(value)) return { field: path.join('.'), message: NOT_UNICODE };
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= EVENT_NESTING_MAX) {
      return { field: path[0]!, message: `objects and arrays may nest at most ${EVENT_NESTING_MAX} levels deep in an event` };
    }
    for (const [key, child] of Object.entries(value)) {
      // JSON.parse makes "__proto__" an own key, but the schema copies keys by assignment, which sets the copy's
      // prototype instead: the key would vanish from what is stored, its value hidden in the prototype chain.
      if (key === '__proto__') return { field: [...path, key].join('.'), message: 'a key may not be named "__proto__"' };
      if (LONE_SURROGATE.test(key)) return { field: [...path, key].join('.'), message: `keys ${NOT_UNICODE}` };
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return undefined;
}
