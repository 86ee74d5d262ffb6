import { HttpError } from './http-error.ts';

/** A route's page sizes: the smallest and largest it allows, and what an absent `limit` means. */
export interface LimitRange {
  min: number;
  max: number;
  fallback: number;
}

/** The query parameter `limit`: a whole number in the route's range, its fallback when absent; anything else is a 400 naming it. */
export function limitQuery(query: URLSearchParams, { min, max, fallback }: LimitRange): number {
  const raw = query.get('limit');
  if (raw === null) return fallback;
  // digits only: Number() would also take "1e3", "0x10" and " 7 "
  const limit = /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(limit >= min && limit <= max))
    throw new HttpError(400, { code: 'invalid_query', message: `limit must be a whole number from ${min} to ${max}`, field: 'limit' });
  return limit;
}
