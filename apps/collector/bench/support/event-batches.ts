// What the collector benchmarks send, built once here: batches of events as the SDK makes them, sent over keep-alive
// connections from this process while the servers run in theirs. The client shares the machine's cores with the
// server it measures, so each body is spliced from a pre-serialised event and a fresh id: sending costs as little as
// possible and the figures measure the server.
import { randomBytes } from 'node:crypto';
import { Agent, request } from 'node:http';

const ORIGIN = 'http://localhost:5173';

/** How a body's event ids are made: as the SDK makes them (time first), or random as older SDKs did. */
export type Ids = 'time-ordered' | 'random';

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

/**
 * The id prefix of one batch and its events' suffixes (their index, 2 hex digits): fresh prefixes keep every id unique
 * while a body costs one concatenation per event. Time-ordered: 12 hex digits of time, then random ones, as
 * packages/sdk/src/event-id.ts makes them (the batch's ids are consecutive, as one device's are); random: 30 random hex digits.
 */
const batchPrefix = (ids: Ids) => (ids === 'random' ? hex(15) : `${Date.now().toString(16).padStart(12, '0')}${hex(9)}`);

const [HEAD, TAIL] = JSON.stringify({
  id: '\u0000',
  type: 'track',
  name: 'doc_created',
  ts: new Date().toISOString(),
  anonymousId: 'bench-anon',
  userId: 'bench-user',
  props: { plan: 'growth', size: 3 },
  context: { url: `${ORIGIN}/docs`, locale: 'en', sdkVersion: '0.1.0' },
}).split('\\u0000') as [string, string];
const SUFFIXES = Array.from({ length: 256 }, (_, index) => index.toString(16).padStart(2, '0'));

/** A body of `count` (at most 256) events, each with a fresh id. */
function eventsBody(count: number, ids: Ids = 'time-ordered'): string {
  const prefix = batchPrefix(ids);
  const events: string[] = [];
  for (let index = 0; index < count; index++) events.push(HEAD + prefix + SUFFIXES[index]! + TAIL);
  return `{"events":[${events.join(',')}]}`;
}

/** How a sender posts: as a server (secret key, JSON) or as a browser page (publishable key, text/plain, its Origin). */
type Sender = 'server' | 'browser';

const SENDERS: Record<Sender, { path: string; headers: Record<string, string> }> = {
  server: { path: '/v1/events', headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json' } },
  browser: { path: '/v1/events?key=pk_demo', headers: { 'content-type': 'text/plain', origin: ORIGIN } },
};

export interface Load {
  /** each connection's server, taken in turn (as a round-robin load balancer would) */
  urls: string[];
  connections: number;
  seconds: number;
  eventsPerRequest: number;
  sender: Sender;
  ids?: Ids;
}

export interface LoadResult {
  seconds: number;
  requests: number;
  /** events the servers answered as stored (`accepted`), or requests × events when a server answers without it */
  stored: number;
  /** each request's time from sending to the end of its answer, in ms, in completion order */
  latencies: number[];
}

/** `connections` loops, each posting one body after another for `seconds`; every answer must be a 200. */
export async function sendLoad({ urls, connections, seconds, eventsPerRequest, sender, ids }: Load): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const { path, headers } = SENDERS[sender];
  const post = (url: string) =>
    new Promise<number>((resolve, reject) => {
      const req = request(`${url}${path}`, { method: 'POST', agent, headers }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => {
          if (res.statusCode !== 200) reject(new Error(`answered ${res.statusCode}: ${text}`));
          else resolve((JSON.parse(text) as { accepted?: number }).accepted ?? eventsPerRequest);
        });
      });
      req.on('error', reject);
      req.end(eventsBody(eventsPerRequest, ids));
    });
  const latencies: number[] = [];
  let stored = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, connection) => {
      const url = urls[connection % urls.length]!;
      while (performance.now() < deadline) {
        const sent = performance.now();
        // awaited first: `stored += await …` would add to the value read before the wait, losing other loops' counts
        const accepted = await post(url);
        latencies.push(performance.now() - sent);
        stored += accepted;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return { seconds: elapsed, requests: latencies.length, stored, latencies };
}
