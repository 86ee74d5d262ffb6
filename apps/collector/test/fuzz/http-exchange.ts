import { type Agent, request } from 'node:http';
import type { HttpRequestSpec } from './fuzz-case.ts';

export type HttpOutcome =
  | { status: number; headers: Record<string, string | string[] | undefined>; body: string }
  /** no answer: the connection was cut (`error` is its code) or nothing came within the time bound ('timeout') */
  | { error: string };

const CHUNK = 64 * 1024;

/**
 * Sends one request and reads the whole answer, or reports how the exchange ended without one. A request that finds its
 * reused keep-alive connection closed by the server's idle timeout in the same instant is sent once more, as node's
 * documentation advises (`req.reusedSocket`): that race is the client's, not an answer from the collector.
 */
export async function httpExchange(base: URL, agent: Agent, spec: HttpRequestSpec, timeoutMs: number): Promise<HttpOutcome> {
  const first = await sendOnce(base, agent, spec, timeoutMs);
  if (!('reusedSocketReset' in first)) return first;
  const again = await sendOnce(base, agent, spec, timeoutMs);
  return 'reusedSocketReset' in again ? { error: 'ECONNRESET' } : again;
}

function sendOnce(base: URL, agent: Agent, spec: HttpRequestSpec, timeoutMs: number): Promise<HttpOutcome | { reusedSocketReset: true }> {
  return new Promise((resolve) => {
    const headers = { ...spec.headers };
    if (spec.body !== undefined && !spec.chunked) headers['content-length'] = String(spec.body.length);
    let answered = false;
    const req = request(new URL(spec.path, base), { method: spec.method, headers, agent }, (res) => {
      answered = true;
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
      if (req.reusedSocket && error.code === 'ECONNRESET' && !answered) resolve({ reusedSocketReset: true });
      else resolve({ error: error.code ?? error.message });
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
