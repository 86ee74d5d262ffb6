import { HttpError } from './http-error.ts';
import type { Handler, Route } from './request-context.ts';

/** `:name` in a route's path stands for one non-empty path segment. */
const segments = (path: string) => new RegExp(`^${path.replace(/:[A-Za-z]+/g, '[^/]+')}$`);

const matches = (route: Route, pathname: string) => {
  if (route.path.endsWith('/*')) return pathname.startsWith(route.path.slice(0, -1));
  return route.path.includes(':') ? segments(route.path).test(pathname) : pathname === route.path;
};

/** Finds the handler for a method and path; unknown paths are 404, known paths with another method 405. */
export function createRouter(routes: readonly Route[]): (method: string, pathname: string) => Handler {
  return (method, pathname) => {
    const candidates = routes.filter((route) => matches(route, pathname));
    const route = candidates.find((candidate) => candidate.method === method);
    if (route) return route.handler;
    if (candidates.length === 0) {
      throw new HttpError(404, { code: 'not_found', message: `no endpoint at ${pathname}` });
    }
    const allowed = [...new Set(candidates.map((candidate) => candidate.method))].join(', ');
    throw new HttpError(405, { code: 'method_not_allowed', message: `${pathname} answers ${allowed}, not ${method}` }, { allow: allowed });
  };
}
