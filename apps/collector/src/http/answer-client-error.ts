import { maxHeaderSize, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ErrorBody } from './http-error.ts';

/** What node:http's parser reports on a request it cannot read (llhttp's code and reason). */
interface ParseError extends Error {
  code?: string;
  reason?: string;
}

/** The status and error body for what node's parser or its timers report. */
function refusalOf(error: ParseError): { status: number; answer: { code: string; message: string } } {
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return {
      status: 431,
      answer: { code: 'headers_too_large', message: `the request line and headers must be at most ${maxHeaderSize} bytes` },
    };
  }
  // node's requestTimeout / headersTimeout (set in startCollector): the request took too long to arrive
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return { status: 408, answer: { code: 'request_timeout', message: 'the request (its headers and body) took too long to arrive' } };
  }
  return {
    status: 400,
    answer: {
      code: 'malformed_request',
      message: `the request is not valid HTTP/1.1: ${error.reason ?? error.message} (${error.code ?? 'parse error'})`,
    },
  };
}

/**
 * Answers a request that never reached a handler (a malformed request line or header, headers past node's limit, a
 * body cut short) with the same JSON error body as every other refusal, then drops only that connection.
 */
export function answerClientError(error: ParseError, socket: Duplex): void {
  const { status, answer } = refusalOf(error);
  answerOnSocket(socket, status, answer);
}

/**
 * Writes a JSON refusal straight on a connection no ServerResponse holds (node's parser gave up on it, or a CONNECT
 * took it over), then closes it.
 */
export function answerOnSocket(socket: Duplex, status: number, answer: ErrorBody): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify({ error: answer });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nconnection: close\r\ncontent-type: application/json; charset=utf-8\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
