import type { IncomingMessage } from 'node:http';

/** at most this many proxies in front of the collector (`--trusted-proxies`) */
export const MAX_TRUSTED_PROXIES = 9;

/**
 * The address of the caller, as rate limits count callers. Behind `trustedProxies` reverse proxies (TLS, a load
 * balancer), every request comes from the nearest one: the caller is the address the outermost of them saw, which
 * each proxy appends to `X-Forwarded-For`. Read from the right, so addresses a caller wrote there itself, on the
 * left, are never taken for theirs. With none trusted, the header is ignored: anyone may send one.
 */
export function clientAddress(req: IncomingMessage, trustedProxies: number): string {
  const socket = req.socket.remoteAddress ?? '';
  if (trustedProxies === 0) return socket;
  const forwarded = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter((address) => address !== '');
  const chain = [...forwarded, socket];
  return chain[Math.max(0, chain.length - 1 - trustedProxies)]!;
}
