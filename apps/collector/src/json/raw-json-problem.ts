import { hasNul, notUnicode } from '../events/well-formed-text.ts';

const NOT_UNICODE = 'must be well-formed Unicode: a \\ud800–\\udfff escape only as half of a pair';
const NUL = 'must not contain U+0000 (\\u0000): PostgreSQL stores no text with it';
const NOT_FINITE = 'must be a finite number: it is beyond what a double holds (±1.8e308), and JSON has no Infinity';

/** What is wrong in a JSON value, and where: a dotted path of keys below it (a nesting problem: the top-level key). */
export interface JsonProblem {
  field: string;
  message: string;
}

/** How deep the value may nest, and what it is, for the words of a nesting problem ("an event"). */
export interface JsonLimits {
  nestingMax: number;
  within: string;
}

interface Visit {
  value: unknown;
  /** the visit holding `value`, undefined for the value itself */
  parent: Visit | undefined;
  /** `value`'s key in its parent */
  key: string;
  /** levels from the value down to `value` */
  depth: number;
}

/** Keys from the value down to a visit's value, dotted. Only a problem needs it, so no visit carries its path. */
function dottedPath(visit: Visit): string {
  const keys: string[] = [];
  for (let at: Visit | undefined = visit; at?.parent !== undefined; at = at.parent) keys.push(at.key);
  return keys.reverse().join('.');
}

/** The first key of a visit's path: the value's top-level field it sits under. */
function topField(visit: Visit): string {
  let at = visit;
  while (at.parent?.parent !== undefined) at = at.parent;
  return at.key;
}

/**
 * What makes a parsed JSON value unsafe to hand to a schema or to store, found without recursion: a schema's checks
 * and JSON.stringify recurse and overflow the stack on a value nested a few thousand levels deep, which a 1 MB body can
 * hold hundreds of times over; a key a schema cannot copy; text or a number that cannot be stored as sent.
 */
export function rawJsonProblem(root: unknown, { nestingMax, within }: JsonLimits): JsonProblem | undefined {
  const stack: Visit[] = [{ value: root, parent: undefined, key: '', depth: 0 }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value, depth } = visit;
    if (typeof value === 'string') {
      if (notUnicode(value)) return { field: dottedPath(visit), message: NOT_UNICODE };
      if (hasNul(value)) return { field: dottedPath(visit), message: NUL };
      continue;
    }
    // JSON.parse reads 1e309 as Infinity, which JSON.stringify would store as null: refused, not changed
    if (typeof value === 'number' && !Number.isFinite(value)) return { field: dottedPath(visit), message: NOT_FINITE };
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= nestingMax) {
      return { field: topField(visit), message: `objects and arrays may nest at most ${nestingMax} levels deep in ${within}` };
    }
    for (const key of Object.keys(value)) {
      const child: Visit = { value: (value as Record<string, unknown>)[key], parent: visit, key, depth: depth + 1 };
      // JSON.parse makes "__proto__" an own key, but a schema copies keys by assignment, which sets the copy's
      // prototype instead: the key would vanish from what is stored, its value hidden in the prototype chain.
      if (key === '__proto__') return { field: dottedPath(child), message: 'a key may not be named "__proto__"' };
      if (notUnicode(key)) return { field: dottedPath(child), message: `keys ${NOT_UNICODE}` };
      if (hasNul(key)) return { field: dottedPath(child), message: `keys ${NUL}` };
      stack.push(child);
    }
  }
  return undefined;
}
