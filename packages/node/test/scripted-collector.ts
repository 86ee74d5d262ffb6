import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServerEvent } from '../src/index.ts';

interface ReceivedRequest {
  headers: IncomingHttpHeaders;
  events: ServerEvent[];
  at: number;
}

/** An answer the test scripts for the nth request: a status with headers and body, or a dropped connection. */
export type ScriptedAnswer = { status: number; headers?: Record<string, string>; body?: unknown } | 'drop';

const accepted = (events: unknown[]): ScriptedAnswer => ({ status: 200, body: { accepted: events.length, duplicates: 0, rejected: [] } });

/**
 * A stand-in for POST /v1/events on loopback that records each request and answers as scripted for it (by the request's
 * index); past the script, it accepts everything.
 */
export async function startScriptedCollector(script: ((events: ServerEvent[]) => ScriptedAnswer)[] = []) {
  const requests: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      const { events } = JSON.parse(body) as { events: ServerEvent[] };
      const answer = (script[requests.length] ?? accepted)(events);
      requests.push({ headers: req.headers, events, at: Date.now() });
      if (answer === 'drop') {
        req.socket.destroy();
        return;
      }
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers }).end(JSON.stringify(answer.body ?? {}));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
