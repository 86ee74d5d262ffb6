import { HttpError } from './http-error.ts';
import type { Handler, Route } from './request-context.ts';

const matches = (route: Route, pathname: string) =>
  route.path.endsWith('/*') ? pathname.startsWith(route.path.slice(0, -1)) : pathname === route.path;

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
