/** The type names `$type` compares against: JSON-ish names, with `null` and `array` told apart from `object`. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return /^(string|number|boolean|object|undefined)$/.test(type) ? type : 'unknown';
}
