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

/** The methods a path answers, for the Allow header: HEAD wherever GET, as the router answers it with GET's handler. */
function allowedMethods(routes: readonly Route[]): string[] {
  const methods = new Set(routes.map((route) => route.method));
  return [...methods].flatMap((method) => (method === 'GET' ? ['GET', 'HEAD'] : [method]));
}

/**
 * Finds the handler for a method and path; unknown paths are 404, known paths with another method 405. A path is known
 * when a route answers it with something other than OPTIONS: the CORS preflight route covers every path under /v1/,
 * but only answers for the ones that exist. HEAD runs GET's handler; node sends its headers without the body.
 */
export function createRouter(routes: readonly Route[]): (method: string, pathname: string) => Handler {
  const matchers = routes.map((route) => ({ route, matches: pathMatcher(route.path) }));
  const endpointsAt = (pathname: string) => matchers.filter(({ route, matches }) => route.method !== 'OPTIONS' && matches(pathname));
  return (method, pathname) => {
    const candidates = matchers.filter(({ matches }) => matches(pathname)).map(({ route }) => route);
    if (endpointsAt(pathname).length === 0) {
      const bare = pathname.replace(/\/+$/, '');
      const hint =
        bare !== pathname && bare !== '' && endpointsAt(bare).length > 0 ? ` (did you mean ${bare}, without the trailing slash?)` : '';
      throw new HttpError(404, { code: 'not_found', message: `no endpoint at ${pathname}${hint}` });
    }
    const wanted = method === 'HEAD' ? 'GET' : method;
    const route = candidates.find((candidate) => candidate.method === wanted);
    if (route) return route.handler;
    const allowed = allowedMethods(candidates).join(', ');
    throw new HttpError(405, { code: 'method_not_allowed', message: `${pathname} answers ${allowed}, not ${method}` }, { allow: allowed });
  };
}
