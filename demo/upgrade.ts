import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServerEvents } from '@growthkit/node';

const MAX_BODY = 4096;

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > MAX_BODY) return undefined;
  }
  return body;
}

function parseUpgrade(body: string | undefined): { userId: string; from: string } | undefined {
  try {
    const { userId, from } = JSON.parse(body ?? '');
    if (typeof userId === 'string' && typeof from === 'string' && userId.length > 0 && userId.length <= 128) return { userId, from };
  } catch {
    // not JSON: answered as a bad request below
  }
  return undefined;
}

/**
 * `POST /api/upgrade`, Acme's billing as far as the demo has one: the server, where a payment would be confirmed,
 * reports `plan_upgraded` (the goal of the demo's experiment) with the secret key through @growthkit/node, batched and
 * retried, rather than trusting the page to say it.
 */
export async function upgrade(req: IncomingMessage, res: ServerResponse, events: ServerEvents): Promise<void> {
  const request = parseUpgrade(await readBody(req));
  if (!request) {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('send { "userId": "…", "from": "<plan>" }');
    return;
  }
  events.track('plan_upgraded', { userId: request.userId, props: { from: request.from, to: 'growth' } });
  res.writeHead(204).end();
}
