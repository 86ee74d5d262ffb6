import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A proxy's or client's id is kept when it is a plain token of reasonable length; anything else could forge log lines. */
const SANE_ID = /^[A-Za-z0-9._:@+=/-]{1,128}$/;

/** The id that names this request in the log and in `X-Request-Id`: the incoming one when sane, else a new UUID. */
export function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && SANE_ID.test(incoming) ? incoming : randomUUID();
}
