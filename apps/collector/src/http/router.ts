import { HttpError } from './http-error.ts';
import type { Handler, Route } from './request-context.ts';

/** `:name` in a route's path stands for one non-empty path segment. */
const segments = (path: string) => new RegExp(`^${path.replace(/:[A-Za-z]+/g, '[^/]+')}$`);

/** Whether a path matches the route's path: built once per route, as every request tries each route. */
function pathMatcher(path: string): (pathname: string) => boolean {
  if (path.endsWith('/*')) {
    const prefix = path.slice(0, -1);
    return (pathname) => pathname.startsWith(prefix);
  }
  if (!path.includes(':')) return (pathname) => pathname === path;
  const pattern = segments(path);
  return (pathname) => pattern.test(pathname);
}

/** Finds the handler for a method and path; unknown paths are 404, known paths with another method 405. */
export function createRouter(routes: readonly Route[]): (method: string, pathname: string) => Handler {
  const matchers = routes.map((route) => ({ route, matches: pathMatcher(route.path) }));
  return (method, pathname) => {
    const candidates = matchers.filter(({ matches }) => matches(pathname)).map(({ route }) => route);
    const route = candidates.find((candidate) => candidate.method === method);
    if (route) return route.handler;
    if (candidates.length === 0) {
      throw new HttpError(404, { code: 'not_found', message: `no endpoint at ${pathname}` });
    }
    const allowed = [...new Set(candidates.map((candidate) => candidate.method))].join(', ');
    throw new HttpError(405, { code: 'method_not_allowed', message: `${pathname} answers ${allowed}, not ${method}` }, { allow: allowed });
  };
}
