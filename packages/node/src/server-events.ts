import { randomUUID } from 'node:crypto';
import { DeliveryError } from './delivery-error.ts';
import { postBatch } from './post-batch.ts';
import { retryDelay } from './retry-delay.ts';
import type { ServerEvent } from './server-event.ts';

/** The collector takes at most 500 events in one request (core's EVENT_LIMITS.batchMax). */
const BATCH_MAX = 500;
const LIBRARY = '@growthkit/node';

export interface ServerEventsOptions {
  /** the collector's origin, e.g. `https://growth.example.com` */
  endpoint: string;
  /** the project's secret key, `sk_…`; keep it on the server */
  secretKey: string;
  /** events per request, at most 500 (default 100) */
  batchSize?: number;
  /** how long an event waits for others to share its request, in ms (default 1000) */
  flushInterval?: number;
  /** tries of one batch before it is given up and reported to onError (default 10) */
  maxAttempts?: number;
  /** the first retry's delay in ms, doubled on each further try up to 30 s, unless the collector sends Retry-After (default 500) */
  retryDelay?: number;
  /** one request's time limit in ms (default 10000) */
  timeout?: number;
  /** what could not be delivered, with the events: those the collector rejected, or a batch given up (default console.error) */
  onError?: (error: DeliveryError) => void;
}

export interface TrackOptions {
  userId?: string;
  accountId?: string;
  /** defaults to the user id, else the account id: a server has no device of its own */
  anonymousId?: string;
  props?: Record<string, unknown>;
  /** when it happened (default now) */
  time?: Date;
}

/**
 * Sends a host server's events (e.g. billing's `plan_upgraded`) to the collector with the secret key: batched by size
 * and time, retried with backoff on failure, in order. Each event's id is made once, when it is tracked, so a batch
 * sent again after a lost answer is counted by the collector as duplicates, never twice. Call `close()` before the
 * process exits: the batching timer does not keep Node running.
 */
export class ServerEvents {
  readonly #options: Required<Omit<ServerEventsOptions, 'onError'>> & Pick<ServerEventsOptions, 'onError'>;
  readonly #queue: ServerEvent[] = [];
  #draining: Promise<void> | undefined;
  #timer: NodeJS.Timeout | undefined;
  #closed = false;

  constructor({
    batchSize = 100,
    flushInterval = 1000,
    maxAttempts = 10,
    retryDelay = 500,
    timeout = 10_000,
    ...rest
  }: ServerEventsOptions) {
    if (!rest.secretKey.startsWith('sk_')) throw new TypeError('secretKey must be the project\'s secret key, "sk_…"');
    this.#options = { batchSize: Math.min(Math.max(batchSize, 1), BATCH_MAX), flushInterval, maxAttempts, retryDelay, timeout, ...rest };
  }

  /** Queues a `track` event and returns its id. */
  track(name: string, { userId, accountId, anonymousId, props = {}, time = new Date() }: TrackOptions): string {
    if (this.#closed) throw new Error('ServerEvents is closed: track before close()');
    const device = anonymousId ?? userId ?? accountId;
    if (device === undefined) throw new TypeError(`track("${name}") needs a userId, accountId or anonymousId`);
    // checked now: a batch that cannot be written as JSON would fail every try, and take the other events of its batch along
    try {
      JSON.stringify(props);
    } catch (error) {
      throw new TypeError(`track("${name}"): props must be JSON, e.g. numbers as Number, not BigInt (${(error as Error).message})`);
    }
    const id = randomUUID();
    this.#queue.push({
      id,
      type: 'track',
      name,
      ts: time.toISOString(),
      anonymousId: device,
      ...(userId !== undefined && { userId }),
      ...(accountId !== undefined && { accountId }),
      props,
      context: { library: LIBRARY },
    });
    // The timer stands even when the batch is full, so an event queued while a drain is just ending is never stranded.
    this.#timer ??= setTimeout(() => void this.flush(), this.#options.flushInterval).unref();
    if (this.#queue.length >= this.#options.batchSize) void this.flush();
    return id;
  }

  /** Sends everything queued; resolves when each event is stored, rejected by the collector, or given up. */
  flush(): Promise<void> {
    this.#draining ??= this.#drain().finally(() => {
      this.#draining = undefined;
    });
    return this.#draining;
  }

  /** Takes no more events and sends what is queued. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.flush();
  }

  async #drain(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    // In order, one request at a time; events tracked meanwhile join the next batch.
    while (this.#queue.length > 0) {
      const batch = this.#queue.slice(0, this.#options.batchSize);
      await this.#deliver(batch);
      this.#queue.splice(0, batch.length);
    }
  }

  async #deliver(batch: ServerEvent[]): Promise<void> {
    const { endpoint, secretKey, maxAttempts, timeout } = this.#options;
    for (let attempt = 1; ; attempt++) {
      const outcome = await postBatch(endpoint, secretKey, batch, timeout);
      if (outcome.kind === 'answered') {
        for (const { index, field, message } of outcome.result.rejected) {
          this.#report(`event ${batch[index].id} ("${batch[index].name}") rejected: ${field} ${message}`, [batch[index]]);
        }
        return;
      }
      if (outcome.kind === 'refused' || attempt === maxAttempts) {
        this.#report(`${batch.length} events not delivered after ${attempt} tries: ${outcome.reason}`, batch);
        return;
      }
      const wait = retryDelay(attempt, this.#options.retryDelay, outcome.retryAfter);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  #report(message: string, events: readonly ServerEvent[]): void {
    (this.#options.onError ?? console.error)(new DeliveryError(message, events));
  }
}
