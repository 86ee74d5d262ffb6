import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error.ts';

const tooLarge = (limit: number) =>
  new HttpError(
    413,
    { code: 'body_too_large', message: `request body must be at most ${limit} bytes` },
    // The rest of the body is never read, so this connection cannot carry another request.
    { connection: 'close' },
  );

// fatal: a body that is not UTF-8 is refused, not stored with U+FFFD where the sender's bytes were. ignoreBOM keeps a
// leading BOM in the text, so JSON.parse refuses it as before.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text of a body, or a 400 naming the rule when its bytes are not UTF-8 (JSON must be, RFC 8259). */
function decodeUtf8(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new HttpError(400, { code: 'invalid_utf8', message: 'the request body must be UTF-8 text; it holds bytes that are not UTF-8' });
  }
}

/**
 * The request body as UTF-8 text, refused with 413 as soon as it passes `limit` bytes: the declared length is checked
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
    req.once('end', () => {
      try {
        // most bodies arrive in one chunk, which needs no copy
        resolve(decodeUtf8(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)));
      } catch (error) {
        reject(error);
      }
    });
    req.once('error', reject);
  });
}
