/** `/docs/*` matches `/docs/a` and `/docs/a/b`; `*` matches any run of characters, everything else is literal. */
export function pathMatches(pattern: string, path: string): boolean {
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(path);
}
