import { Agent, createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { mulberry32 } from './mulberry32.ts';

/**
 * What the proxy can do to one request instead of passing it on cleanly:
 * - drop: swallow it (never forwarded), say nothing, close the connection after a while
 * - reset: close the connection at once with a TCP reset (never forwarded)
 * - delay: forward it after a while
 * - error500 / busy429 / unavailable503: answer it itself (429 and 503 with Retry-After), never forwarded
 * - cutRequest: forward the headers and part of the body, then close both connections
 * - cutResponse: forward it whole, then pass the headers and part of the collector's answer and close the connection:
 *   the collector has stored the batch, the sender never hears so
 */
export type Fault = 'drop' | 'reset' | 'delay' | 'error500' | 'busy429' | 'unavailable503' | 'cutRequest' | 'cutResponse';

const FAULTS: readonly Fault[] = ['drop', 'reset', 'delay', 'error500', 'busy429', 'unavailable503', 'cutRequest', 'cutResponse'];

/** the chance of each fault per request (their sum at most 1; the rest pass cleanly) */
export type FaultRates = Partial<Record<Fault, number>>;

export interface FaultProxyOptions {
  /** the seed of the policy's random draws: the same seed makes the same fault for the nth request */
  seed?: number;
  rates?: FaultRates;
  /** faults for the first requests the policy applies to, in order, before the rates take over */
  next?: Fault[];
  /** which requests the policy applies to; by default POST /v1/events, so the SDK's script and config load */
  applies?: (method: string, path: string) => boolean;
  /** how long a delayed request waits, ms (uniform in [min, max]) */
  delayMs?: readonly [number, number];
  /** how long a dropped request is held unanswered before its connection is closed, ms (uniform in [min, max]) */
  dropHoldMs?: readonly [number, number];
  /** the Retry-After of the proxy's 429 and 503, seconds */
  retryAfterSeconds?: number;
}

/** What the proxy saw and did. */
interface FaultCounts {
  /** requests received, of every path */
  requests: number;
  /** requests the policy applied to */
  eventRequests: number;
  /** of those, the requests that came while a fault could befall them (rates set or faults queued) */
  underFaults: number;
  /** events in those requests, retries included */
  events: number;
  /** requests carrying an event id an earlier request carried */
  retried: number;
  dropped: number;
  reset: number;
  delayed: number;
  answered500: number;
  answered429: number;
  answered503: number;
  cutRequest: number;
  cutResponse: number;
  /** requests passed to the collector (delayed and cut-response ones included; cut-request ones not) */
  forwarded: number;
  /** requests answered 502 because nothing listened on the collector's port */
  collectorDown: number;
  /** the collector's answers to forwarded events batches, summed */
  accepted: number;
  duplicates: number;
}

/** one request the policy applied to: when it came (ms after the proxy started), its fate, how many events it carried */
interface Decision {
  at: number;
  fault: Fault | 'pass';
  events: number;
}

const defaultApplies = (method: string, path: string) => method === 'POST' && path === '/v1/events';

/** a whole number in [min, max], picked by `draw` in [0, 1) */
const between = (draw: number, [min, max]: readonly [number, number]) => min + Math.floor(draw * (max - min + 1));

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** the event ids of a batch body (JSON, or the same text a beacon sends); none when it is not one */
function eventIds(body: Buffer): string[] {
  try {
    const batch = JSON.parse(body.toString()) as { events?: { id?: unknown }[] };
    return (batch.events ?? []).map((event) => event.id).filter((id): id is string => typeof id === 'string');
  } catch {
    return [];
  }
}

/**
 * A loopback proxy between browsers and the collector at `target` that misbehaves on a schedule: for each request the
 * policy applies to, a fault drawn from a seeded random policy (`rates`, switched at any time with `setRates`), or the
 * next of the explicit ones queued; everything else passes through untouched. It counts what it saw and did.
 */
export async function startFaultProxy(target: string, options: FaultProxyOptions = {}) {
  const random = mulberry32(options.seed ?? 1);
  const applies = options.applies ?? defaultApplies;
  const delayMs = options.delayMs ?? [100, 1_000];
  const dropHoldMs = options.dropHoldMs ?? [0, 1_000];
  const retryAfter = String(options.retryAfterSeconds ?? 1);
  const queued = [...(options.next ?? [])];
  let rates: FaultRates = options.rates ?? {};
  // One pool of connections to the collector, closed with the proxy.
  const agent = new Agent({ keepAlive: true });
  const seenIds = new Set<string>();
  const started = Date.now();
  const decisions: Decision[] = [];
  const counts: FaultCounts = {
    requests: 0,
    eventRequests: 0,
    underFaults: 0,
    events: 0,
    retried: 0,
    dropped: 0,
    reset: 0,
    delayed: 0,
    answered500: 0,
    answered429: 0,
    answered503: 0,
    cutRequest: 0,
    cutResponse: 0,
    forwarded: 0,
    collectorDown: 0,
    accepted: 0,
    duplicates: 0,
  };

  /** the fault for the next request, or undefined to pass it; always two draws, so the nth request's fate is fixed */
  const draw = (): { fault?: Fault; amount: number } => {
    const [roll, amount] = [random(), random()];
    const next = queued.shift();
    if (next || Object.values(rates).some((rate) => rate > 0)) counts.underFaults++;
    if (next) return { fault: next, amount };
    let sum = 0;
    for (const fault of FAULTS) {
      sum += rates[fault] ?? 0;
      if (roll < sum) return { fault, amount };
    }
    return { amount };
  };

  /** an answer the proxy makes itself, readable by the page across origins (Retry-After included) */
  const answer = (req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string> = {}) => {
    res.writeHead(status, {
      'access-control-allow-origin': req.headers.origin ?? '*',
      'access-control-expose-headers': 'Retry-After',
      'content-type': 'application/json',
      ...headers,
    });
    res.end(JSON.stringify({ error: { code: 'fault_proxy', message: `HTTP ${status} from the fault proxy` } }));
  };

  /**
   * Sends the request to the collector with `body` (streams it when undefined) and resolves with its whole answer, or
   * with undefined once it has answered the page itself (502 when the collector is down) or closed the connection.
   */
  const upstream = (req: IncomingMessage, res: ServerResponse, body: Buffer | undefined, cut: boolean) =>
    new Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer } | undefined>((resolve) => {
      const outgoing = request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers, agent }, (incoming) => {
        void readBody(incoming).then(
          (answerBody) => resolve({ status: incoming.statusCode ?? 502, headers: incoming.headers, body: answerBody }),
          () => {
            res.destroy();
            resolve(undefined);
          },
        );
      });
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        if (cut) req.socket.destroy();
        else if (error.code === 'ECONNREFUSED' && !res.headersSent) {
          counts.collectorDown++;
          answer(req, res, 502);
        } else res.destroy();
        resolve(undefined);
      });
      if (cut && body) {
        // Part of the body reaches the collector, then the connection dies under it.
        outgoing.write(body.subarray(0, Math.floor(body.length / 2)), () => {
          outgoing.destroy();
          req.socket.destroy();
          resolve(undefined);
        });
        return;
      }
      counts.forwarded++;
      if (body) outgoing.end(body);
      else req.pipe(outgoing);
    });

  const pass = async (req: IncomingMessage, res: ServerResponse, body: Buffer | undefined) => {
    const answered = await upstream(req, res, body, false);
    if (!answered) return;
    res.writeHead(answered.status, answered.headers);
    res.end(answered.body);
  };

  const faulted = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req);
    const ids = eventIds(body);
    counts.eventRequests++;
    counts.events += ids.length;
    if (ids.some((id) => seenIds.has(id))) counts.retried++;
    for (const id of ids) seenIds.add(id);
    const { fault, amount } = draw();
    decisions.push({ at: Date.now() - started, fault: fault ?? 'pass', events: ids.length });
    switch (fault) {
      case 'drop':
        counts.dropped++;
        await sleep(between(amount, dropHoldMs));
        req.socket.destroy();
        return;
      case 'reset':
        counts.reset++;
        req.socket.resetAndDestroy();
        return;
      case 'error500':
        counts.answered500++;
        answer(req, res, 500);
        return;
      case 'busy429':
        counts.answered429++;
        answer(req, res, 429, { 'retry-after': retryAfter });
        return;
      case 'unavailable503':
        counts.answered503++;
        answer(req, res, 503, { 'retry-after': retryAfter });
        return;
      case 'cutRequest':
        counts.cutRequest++;
        await upstream(req, res, body, true);
        return;
      case 'delay':
        counts.delayed++;
        await sleep(between(amount, delayMs));
        break;
      default:
        break;
    }
    const answered = await upstream(req, res, body, false);
    if (!answered) return;
    if (answered.status === 200) {
      const result = JSON.parse(answered.body.toString()) as { accepted: number; duplicates: number };
      counts.accepted += result.accepted;
      counts.duplicates += result.duplicates;
    }
    if (fault === 'cutResponse') {
      counts.cutResponse++;
      res.writeHead(answered.status, answered.headers);
      res.write(answered.body.subarray(0, Math.floor(answered.body.length / 2)), () => res.destroy());
      return;
    }
    res.writeHead(answered.status, answered.headers);
    res.end(answered.body);
  };

  const server = createServer((req, res) => {
    counts.requests++;
    const path = new URL(req.url ?? '/', 'http://proxy').pathname;
    const handled = applies(req.method ?? 'GET', path) ? faulted(req, res) : pass(req, res, undefined);
    handled.catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** what the proxy saw and did so far (a live object) */
    counts,
    /** what became of each request the policy applied to, in order */
    decisions,
    /** every event id the proxy has seen in a request, whatever became of the request */
    seenIds,
    /** the policy from now on; `{}` passes everything */
    setRates(next: FaultRates) {
      rates = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        agent.destroy();
      }),
  };
}
