/**
 * What an allowed origin may look like (http/cors.ts reads them): a scheme, a host whose first label may be `*`, and an
 * optional port or `:*` for any port; no path, no trailing slash (a browser's Origin header has none, so those would
 * never match).
 */
const ORIGIN_PATTERN = /^https?:\/\/(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:(\d{1,5}|\*))?$/;

/** Why `pattern` cannot be an allowed origin, or undefined when it can. */
export function originPatternProblem(pattern: string): string | undefined {
  if (ORIGIN_PATTERN.test(pattern)) return undefined;
  return `--origin must be a scheme and host such as https://app.example.com (optionally :port, :* or *.example.com), got "${pattern}"`;
}
