import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorBody } from './http-error.ts';

/** How much of a refused body is still read, and dropped, before the connection closes; and for how long at most. */
const DISCARD_BYTES = 8_000_000;
const DISCARD_MS = 5_000;

/**
 * Answers a request whose body is refused before it was all read (too large, no room), with `connection: close`.
 * Closing a socket with unread bytes makes the kernel send a reset, and a client still uploading then sees a broken
 * pipe instead of the answer, and may resend forever. So the answer goes out whole, the rest of the body is read and
 * dropped (up to DISCARD_BYTES, for at most DISCARD_MS), and only then is the connection closed.
 */
export function answerBeforeClosing(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  error: ErrorBody,
  headers: Record<string, string>,
): void {
  const json = JSON.stringify({ error });
  res.writeHead(status, {
    ...headers,
    connection: 'close',
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
  });
  // the answer is complete (its length declared) once written: ending the response is what closes the connection
  res.write(json);
  let discarded = 0;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    clearTimeout(timer);
    req.off('data', onData);
    res.end();
  };
  const onData = (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DISCARD_BYTES) end();
  };
  const timer = setTimeout(end, DISCARD_MS);
  if (req.complete) {
    end();
    return;
  }
  req.on('data', onData);
  req.once('end', end);
  req.once('close', end);
  req.resume();
}
