import { HttpError } from './http-error.ts';

/**
 * The `index`th segment of a path (0 = the first after the leading "/"), percent-decoded; a bad encoding is a 400 naming
 * `field`. The router has already matched the path's shape, so the segment is there.
 */
export function pathSegment(pathname: string, index: number, field: string): string {
  const segment = pathname.split('/')[index + 1] ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, { code: 'invalid_path', message: `the ${field} in the path is not valid percent-encoding`, field });
  }
}
