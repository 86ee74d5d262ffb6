import { HttpError } from '../http/http-error.ts';
import type { TraitSegment } from '../store/store.ts';

const SEGMENT = /^([A-Za-z0-9_]{1,64}):(.{1,200})$/s;

/** The `segment=<trait>:<value>` query parameter (e.g. `plan:growth`), undefined when absent; anything else is a 400 naming it. */
export function reportSegment(query: URLSearchParams): TraitSegment | undefined {
  const raw = query.get('segment');
  if (raw === null) return undefined;
  const match = SEGMENT.exec(raw);
  if (!match)
    throw new HttpError(400, {
      code: 'invalid_query',
      message: 'segment must be <trait>:<value>, the trait 1–64 letters, digits or "_", the value 1–200 characters, e.g. plan:growth',
      field: 'segment',
    });
  return { trait: match[1]!, value: match[2]! };
}
