/**
 * Reads a dot path such as `account.plan` from the attributes. A missing step yields `null` (not `undefined`),
 * which GrowthBook's equality and `$exists` rules depend on.
 */
export function getPath(attributes: unknown, path: string): unknown {
  let value = attributes;
  for (const part of path.split('.')) {
    // `in` (not own-property) because GrowthBook also walks inherited keys, e.g. `tags.length` on arrays.
    if (!value || typeof value !== 'object' || !(part in value)) return null;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}
