/**
 * Fills `{{path}}` placeholders (`{{user.first_name}}`, `{{value.hours}}`) from `values`, a tree of plain values.
 * Only placeholders whose first segment is a key of `values` are filled, so the runtime can fill `user.*` and leave
 * `value.*` for the widget that knows it; a known root with a missing leaf becomes ""; numbers go through `formatNumber` (the locale's digits). The result is plain text: the
 * caller must render it as text, never as HTML, so a trait such as `<img src=x onerror=…>` stays visible characters.
 */
export function fillPlaceholders(
  template: string,
  values: Readonly<Record<string, unknown>>,
  formatNumber: (n: number) => string = String,
): string {
  return template.replace(/\{\{\s*([\w-]+(?:\.[\w-]+)*)\s*\}\}/g, (whole, path: string) => {
    const [root, ...rest] = path.split('.');
    if (!Object.hasOwn(values, root)) return whole;
    let value: unknown = values[root];
    for (const key of rest)
      value =
        value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
    if (typeof value === 'number') return formatNumber(value);
    return typeof value === 'string' || typeof value === 'boolean' ? String(value) : '';
  });
}
