import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error.ts';

const tooLarge = (limit: number) =>
  new HttpError(
    413,
    { code: 'body_too_large', message: `request body must be at most ${limit} bytes` },
    // The rest of the body is never read, so this connection cannot carry another request.
    { connection: 'close' },
  );

/**
 * The request body as text, refused with 413 as soon as it passes `limit` bytes: the declared length is checked
 * before reading anything, and a body without one (chunked) stops being buffered at the chunk that crosses the limit.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.once('error', reject);
  });
}
