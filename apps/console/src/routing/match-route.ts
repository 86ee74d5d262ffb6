import { BASE } from './location.ts';

/**
 * The named parts of `pathname` when it has the shape of `pattern` (`/campaigns/:id/:tab?`, below the console's base),
 * undefined otherwise. `:name?` may be absent.
 */
export function matchRoute(pattern: string, pathname: string): Record<string, string> | undefined {
  const wanted = pattern.split('/').filter(Boolean);
  const parts = pathname.slice(BASE.length).split('/').filter(Boolean);
  if (!pathname.startsWith(BASE) || parts.length > wanted.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of wanted.entries()) {
    const part = parts[i];
    if (segment.startsWith(':')) {
      if (part === undefined && !segment.endsWith('?')) return undefined;
      if (part !== undefined) params[segment.replace(/^:|\?$/g, '')] = decodeURIComponent(part);
    } else if (part !== segment) return undefined;
  }
  return params;
}
