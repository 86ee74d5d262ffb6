import { type Agent, request } from 'node:http';
import type { HttpRequestSpec } from './fuzz-case.ts';

export type HttpOutcome =
  | { status: number; headers: Record<string, string | string[] | undefined>; body: string }
  /** no answer: the connection was cut (`error` is its code) or nothing came within the time bound ('timeout') */
  | { error: string };

const CHUNK = 64 * 1024;

/** Sends one request and reads the whole answer, or reports how the exchange ended without one. */
export function httpExchange(base: URL, agent: Agent, spec: HttpRequestSpec, timeoutMs: number): Promise<HttpOutcome> {
  return new Promise((resolve) => {
    const headers = { ...spec.headers };
    if (spec.body !== undefined && !spec.chunked) headers['content-length'] = String(spec.body.length);
    const req = request(new URL(spec.path, base), { method: spec.method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', (error: NodeJS.ErrnoException) => resolve({ error: error.code ?? error.message }));
    });
    const timer = setTimeout(() => {
      resolve({ error: 'timeout' });
      req.destroy();
    }, timeoutMs);
    // A server that answers early (413) and closes may cut the upload: that ends the exchange, it is not a failure here.
    req.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ error: error.code ?? error.message });
    });
    const body = spec.body ?? Buffer.alloc(0);
    if (!spec.chunked) {
      req.end(body);
      return;
    }
    let sent = 0;
    const write = () => {
      while (sent < body.length) {
        const piece = body.subarray(sent, sent + CHUNK);
        sent += piece.length;
        if (!req.write(piece)) {
          req.once('drain', write);
          return;
        }
      }
      req.end();
    };
    write();
  });
}
