import type { IncomingMessage } from 'node:http';
import type { BodyBudget } from './body-budget.ts';
import { HttpError } from './http-error.ts';

const tooLarge = (limit: number) =>
  new HttpError(
    413,
    { code: 'body_too_large', message: `request body must be at most ${limit} bytes` },
    // The rest of the body is never kept, so this connection cannot carry another request.
    { connection: 'close' },
  );

/**
 * The 415 for a compressed body, named by the header that says so: the collector does not decompress (an inflated body
 * would need its own limits, and the SDK's batches are small), so it says so instead of reading the bytes as text.
 */
const encoded = (header: 'content-encoding' | 'transfer-encoding', encoding: string) =>
  new HttpError(
    415,
    {
      code: 'unsupported_encoding',
      message: `${header} ${encoding} is not accepted: the collector does not decompress; send the body as plain UTF-8 JSON`,
      field: header,
    },
    // the body is not read, so this connection cannot carry another request
    { connection: 'close' },
  );

/** Content codings that leave the bytes as sent. */
const PLAIN_CONTENT = new Set(['identity']);
/** Transfer codings that leave the bytes as sent: node's parser undoes chunked, and identity is nothing to undo. */
const PLAIN_TRANSFER = new Set(['chunked', 'identity']);

/** The compressed coding a header names (`gzip` of `gzip, chunked`), if any. */
function compressedCoding(header: string | undefined, plain: ReadonlySet<string>): string | undefined {
  return header
    ?.split(',')
    .map((coding) => coding.trim().toLowerCase())
    .find((coding) => !plain.has(coding));
}

/** The 413 for a request whose declared length is over `limit`, known before any of its body is read. */
export function declaredTooLarge(req: IncomingMessage, limit: number): HttpError | undefined {
  return Number(req.headers['content-length']) > limit ? tooLarge(limit) : undefined;
}

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
 * What is buffered counts against the collector's `budget` until the body is read; a 503 when there is no room.
 * A refused body's rest is left unread here: the refusal reads and drops it (answerBeforeClosing).
 */
export function readBody(req: IncomingMessage, limit: number, budget: BodyBudget): Promise<string> {
  const content = compressedCoding(req.headers['content-encoding'], PLAIN_CONTENT);
  if (content !== undefined) return Promise.reject(encoded('content-encoding', content));
  // node hands a "gzip, chunked" body on still compressed: it would be refused as not UTF-8 or not JSON, naming neither
  const transfer = compressedCoding(req.headers['transfer-encoding'], PLAIN_TRANSFER);
  if (transfer !== undefined) return Promise.reject(encoded('transfer-encoding', transfer));
  const declared = declaredTooLarge(req, limit);
  if (declared !== undefined) return Promise.reject(declared);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (error: unknown, text?: string) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      budget.give(size);
      if (error === undefined) resolve(text!);
      else reject(error);
    };
    const onData = (chunk: Buffer) => {
      if (size + chunk.length > limit) {
        settle(tooLarge(limit));
        return;
      }
      try {
        budget.take(chunk.length);
      } catch (error) {
        settle(error);
        return;
      }
      size += chunk.length;
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => {
      if (settled) return;
      try {
        // most bodies arrive in one chunk, which needs no copy
        settle(undefined, decodeUtf8(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size)));
      } catch (error) {
        settle(error);
      }
    });
    req.once('error', (error) => settle(error));
    // a client gone mid-body: nobody to answer, but its bytes must leave the budget
    req.once('close', () => settle(new Error('the request was closed before its body ended')));
  });
}
