import type { IncomingMessage } from 'node:http';
import { EVENT_LIMITS } from '@growthkit/core';
import type { BodyBudget } from './body-budget.ts';
import { HttpError } from './http-error.ts';
import { readBody } from './read-body.ts';

/**
 * The request body parsed as JSON, whatever the declared type: `sendBeacon` posts JSON as `text/plain` to avoid a
 * CORS preflight, so the content type is not trusted either way.
 */
export async function readJson(req: IncomingMessage, budget: BodyBudget): Promise<unknown> {
  const text = await readBody(req, EVENT_LIMITS.bodyBytes, budget);
  if (text.trim() === '') throw new HttpError(400, { code: 'empty_body', message: 'the request body is empty; send a JSON object' });
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new HttpError(400, { code: 'invalid_json', message: `the request body is not valid JSON: ${(error as Error).message}` });
  }
}
