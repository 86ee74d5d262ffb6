import { InstantSchema } from '@growthkit/core';
import { HttpError } from './http-error.ts';

/**
 * The instants a query may name: years 0001 to 9999 once on UTC. An offset can carry a written 0001 or 9999 past them,
 * and the answer would echo it as "0000-…" or "+010000-…", which no ISO 8601 reader of the answer takes.
 */
const EARLIEST_MS = Date.parse('0001-01-01T00:00:00Z');
const LATEST_MS = Date.parse('9999-12-31T23:59:59.999Z');

/**
 * The query parameter `name` as an instant (ISO 8601 with `Z` or an offset, core's InstantSchema, in years 0001–9999
 * on UTC), `fallback` when absent; anything else is a 400 naming it.
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
  const ms = Date.parse(raw);
  if (ms < EARLIEST_MS || ms > LATEST_MS)
    throw new HttpError(400, {
      code: 'invalid_query',
      message: `${name} must be from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z`,
      field: name,
    });
  return new Date(ms);
}
