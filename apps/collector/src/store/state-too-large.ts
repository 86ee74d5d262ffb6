import { EVENT_LIMITS } from '@growthkit/core';

/**
 * The most one subject's merged state may take, serialised (characters): what one PUT may send. Every merge reads,
 * merges and writes the whole state, so without a bound each PUT of new ids made every later one slower (12 PUTs of
 * 25,000 campaign ids: 6 s each, the event loop held).
 */
export const STATE_MAX_CHARS = EVENT_LIMITS.bodyBytes;

/** A merge whose result would pass STATE_MAX_CHARS: refused, the stored state left as it was. */
export class StateTooLarge extends Error {
  constructor(readonly chars: number) {
    super(`the merged state would take ${chars} characters, over the ${STATE_MAX_CHARS} a state may hold`);
  }
}

/** The merged state's JSON, or StateTooLarge when it is over the bound. */
export function boundedStateJson(merged: unknown): string {
  const json = JSON.stringify(merged);
  if (json.length > STATE_MAX_CHARS) throw new StateTooLarge(json.length);
  return json;
}
