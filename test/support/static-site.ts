import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A built single-page app served from `dir` on loopback, as a host's static hosting would: unknown paths get index.html. */
export async function serveStaticSite(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(sirv(dir, { single: true }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
