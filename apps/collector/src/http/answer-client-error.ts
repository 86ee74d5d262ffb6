import { maxHeaderSize, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';

/** What node:http's parser reports on a request it cannot read (llhttp's code and reason). */
interface ParseError extends Error {
  code?: string;
  reason?: string;
}

/**
 * Answers a request that never reached a handler (a malformed request line or header, headers past node's limit, a
 * body cut short) with the same JSON error body as every other refusal, then drops only that connection.
 */
export function answerClientError(error: ParseError, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const headersTooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = headersTooLarge ? 431 : 400;
  const body = JSON.stringify({
    error: headersTooLarge
      ? { code: 'headers_too_large', message: `the request line and headers must be at most ${maxHeaderSize} bytes` }
      : {
          code: 'malformed_request',
          message: `the request is not valid HTTP/1.1: ${error.reason ?? error.message} (${error.code ?? 'parse error'})`,
        },
  });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nconnection: close\r\ncontent-type: application/json; charset=utf-8\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
