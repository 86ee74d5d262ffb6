import { connect } from 'node:net';
import type { RawRequestSpec } from './fuzz-case.ts';

export type RawOutcome =
  /** the server answered (its status line's code, 0 when none came; the body after the headers) and closed the connection */
  | { closedBy: 'server'; status: number; body: string }
  /** the client reset the connection itself: nothing to wait for */
  | { closedBy: 'client' }
  | { closedBy: 'timeout'; status: number };

/** Writes raw bytes on a fresh connection and waits for the server to answer and close it, or gives up at the bound. */
export function rawExchange(port: number, spec: RawRequestSpec, timeoutMs: number): Promise<RawOutcome> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const status = () => Number(/^HTTP\/1\.[01] (\d{3})/.exec(received)?.[1] ?? 0);
    const timer = setTimeout(() => {
      resolve({ closedBy: 'timeout', status: status() });
      socket.destroy();
    }, timeoutMs);
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('utf8');
    });
    // A reset from the server is one way of closing too.
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      const body = received.slice(received.indexOf('\r\n\r\n') + 4);
      resolve(spec.ending === 'reset' ? { closedBy: 'client' } : { closedBy: 'server', status: status(), body });
    });
    socket.write(spec.bytes, () => {
      if (spec.ending === 'fin') socket.end();
      if (spec.ending === 'reset') socket.resetAndDestroy();
    });
  });
}
