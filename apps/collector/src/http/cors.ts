import type { ServerResponse } from 'node:http';

/** `*` in a pattern stands for any port after ":" (`http://localhost:*`), else for host labels (`https://*.example.com`). */
function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replaceAll(':*', ':\\d{1,5}')
    .replaceAll('*', '[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*');
  return new RegExp(`^${escaped}$`);
}

const compiled = new Map<string, RegExp>();

export function isOriginAllowed(origin: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => {
    let regExp = compiled.get(pattern);
    if (!regExp) {
      regExp = patternToRegExp(pattern);
      compiled.set(pattern, regExp);
    }
    return regExp.test(origin);
  });
}

export const PREFLIGHT_HEADERS = {
  'access-control-allow-methods': 'GET, POST, PUT, OPTIONS',
  'access-control-allow-headers': 'content-type, authorization, if-none-match',
  'access-control-max-age': '600',
};

/** Lets the page at `origin` read this answer (and its ETag); set before any body is written, errors included. */
export function allowOrigin(res: ServerResponse, origin: string): void {
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('access-control-expose-headers', 'ETag, Retry-After');
  res.setHeader('vary', 'Origin');
}
