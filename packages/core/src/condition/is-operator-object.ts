/** GrowthBook treats a value as operators only when it has keys and every key starts with `$`. */
export function isOperatorObject(value: unknown): value is Record<string, unknown> {
  // Object() keeps null and primitives from throwing; their keys are never all `$…`.
  const keys = Object.keys(Object(value));
  return keys.length > 0 && keys.every((key) => key[0] === '$');
}
