import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback proxy to `target` that forwards every request but, for the first `lose` of them, cuts the connection
 * instead of passing the answer back: the collector has stored the batch, the sender never hears so.
 */
export async function startLossyProxy(target: string, { lose }: { lose: number }) {
  let forwarded = 0;
  const server = createServer((req, res) => {
    const upstream = request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (answer) => {
      forwarded++;
      if (forwarded <= lose) {
        answer.resume();
        answer.on('end', () => req.socket.destroy());
        return;
      }
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    /** requests passed on to the target so far, lost answers included */
    get forwarded() {
      return forwarded;
    },
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
