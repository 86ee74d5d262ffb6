import { InstantSchema } from '@growthkit/core';
import { HttpError } from './http-error.ts';

/**
 * The query parameter `name` as an instant (ISO 8601 with `Z` or an offset, core's InstantSchema), `fallback` when
 * absent; anything else is a 400 naming it.
 */
export function instantQuery(query: URLSearchParams, name: string, fallback: Date): Date {
  const raw = query.get(name);
  if (raw === null) return fallback;
  if (!InstantSchema.safeParse(raw).success)
    throw new HttpError(400, {
      code: 'invalid_query',
      message: `${name} must be an ISO 8601 instant with Z or an offset, e.g. 2026-11-22T09:30:00Z`,
      field: name,
    });
  return new Date(raw);
}
