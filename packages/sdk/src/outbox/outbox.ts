import type { GrowthEvent, IngestResult } from '@growthkit/core';
import type { OutboxStore } from './outbox-store.ts';
import { backoffDelay } from './backoff.ts';
import { localJournal, type Journal } from './journal.ts';
import { retryAfter } from './retry-after.ts';
import { sendLock, type SendLock } from './send-lock.ts';

/** One event waiting for the collector's answer. */
export interface OutboxEntry {
  event: GrowthEvent;
  /** POST target, key included, so events of two projects on one origin each go to their own */
  url: string;
  attempts: number;
  /** epoch ms before which this event is not retried */
  nextAt: number;
  /** order of writing, so batches keep the order events happened in */
  seq: number;
  /** epoch ms before which nothing goes to `url`: the collector's Retry-After, kept with the events for other tabs and the next page */
  heldUntil?: number;
}

export interface OutboxOptions {
  store: OutboxStore;
  fetch?: typeof fetch;
  lock?: SendLock;
  journal?: Journal;
  random?: () => number;
  /** send at once when this many events wait */
  batchSize?: number;
  /** how long a request may go unanswered before it counts as failed, ms */
  timeoutMs?: number;
  warn(kind: string, message: string): void;
}

export interface Outbox {
  /** resolves once the event is stored on the device (not when it is sent) */
  add(event: GrowthEvent, url: string): Promise<void>;
  /** sends everything now, backoff or not */
  flush(): Promise<void>;
  /** hands this page's unconfirmed events to `sendBeacon`; they stay queued until a request is confirmed */
  beacon(): void;
  destroy(): void;
}

// keepalive requests and beacons share a 64 KiB budget per page; stay under it.
const KEEPALIVE_BYTES = 60_000;
// Beacons in quarters of it: a keepalive request still in flight leaves room for some of them.
const BEACON_BYTES = KEEPALIVE_BYTES / 4;
// Answers that will never change by retrying: the batch itself is unusable.
const UNUSABLE = new Set([400, 413, 422]);
/** otherwise (fewer than batchSize waiting) send this long after the first waiting event, ms */
const DELAY_MS = 1000;
/** events in one request */
const MAX_BATCH = 50;
/** the oldest events a drain reads at a time: 10,000 events waiting offline stay in IndexedDB, not in the page's heap */
const DRAIN_WINDOW = 500;
/** this page's events held in memory for a closing page's beacons, which carry about this many: the rest wait in the store alone */
const HELD = 200;
/** a request never answered (a middlebox that swallows it) holds every tab's send lock: it fails after this long, ms */
const TIMEOUT_MS = 30_000;

export function createOutbox({
  store,
  fetch: send = (...args) => fetch(...args),
  lock = sendLock(),
  journal = localJournal(),
  random = Math.random,
  batchSize = 20,
  timeoutMs = TIMEOUT_MS,
  warn,
}: OutboxOptions): Outbox {
  const pending = new Map<string, OutboxEntry>();
  const writes = new Set<Promise<void>>();
  let seq = Date.now() * 1000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerAt = Infinity;
  let destroyed = false;
  // the newest HELD; 10,000 events tracked offline stay in IndexedDB, not in the page's heap too
  const hold = (entry: OutboxEntry) => {
    pending.set(entry.event.id, entry);
    if (pending.size > HELD) pending.delete(pending.keys().next().value!);
  };

  const schedule = (at: number) => {
    if (destroyed || at >= timerAt) return;
    clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(
      () => {
        timerAt = Infinity;
        void drainSafely(false);
      },
      Math.max(0, at - Date.now()),
    );
  };

  /** POSTs one batch; true when the collector answered for it (stored, duplicate or rejected). */
  async function post(batch: OutboxEntry[]): Promise<boolean> {
    // sentAt: this device's clock now, by which the collector corrects times from a clock that is far off
    const body = JSON.stringify({ events: batch.map((entry) => entry.event), sentAt: new Date().toISOString() });
    let status = 0;
    let wait = 0;
    let result: IngestResult | undefined;
    try {
      // a string body goes as text/plain, as a beacon's does: a simple request, with no CORS preflight before it (the
      // collector reads JSON whatever the declared type)
      const response = await send(batch[0].url, {
        method: 'POST',
        body,
        keepalive: body.length < KEEPALIVE_BYTES,
        signal: AbortSignal.timeout?.(timeoutMs),
      });
      status = response.status;
      if (status === 429 || status === 503) wait = retryAfter(response.headers.get('retry-after'));
      if (response.ok) result = (await response.json()) as IngestResult;
    } catch {
      // offline or the collector is unreachable: retried below
    }
    // answered: stored, duplicates or rejected one by one; or refused as a whole in a way a retry cannot change
    if (result || UNUSABLE.has(status)) {
      const first = result?.rejected?.[0];
      if (first)
        warn('rejected', `the collector refused ${result!.rejected.length} event(s), dropped; e.g. ${first.field}: ${first.message}`);
      if (!result) warn('unusable', `the collector refused ${batch.length} event(s), dropped (HTTP ${status})`);
      await store.delete(batch.map((entry) => entry.event.id));
      for (const entry of batch) pending.delete(entry.event.id);
      return true;
    }
    const retries: Record<string, OutboxEntry> = {};
    // one draw for the batch: events retried at the same attempt stay one batch, not fifty requests of one event each
    const draw = random();
    // one clock reading too: a millisecond ticking mid-loop would split the retry in two
    const failedAt = Date.now();
    for (const entry of batch) {
      entry.attempts += 1;
      // Retry-After is a floor; the backoff's jitter goes on top of it
      entry.nextAt = failedAt + wait + backoffDelay(entry.attempts, () => draw);
      if (wait) entry.heldUntil = entry.nextAt;
      retries[entry.event.id] = entry;
    }
    await store.put(retries);
    return false;
  }

  /** a send that failed in an unexpected way (not the network: that is retried) warns once and waits for the next trigger */
  const drainSafely = (force: boolean) =>
    drain(force).catch((error: unknown) => warn('failed:send', `sending events failed (${error}); they stay queued`));

  async function drain(force: boolean): Promise<void> {
    await Promise.all(writes);
    schedule(
      await lock(async () => {
        let failed = false;
        for (;;) {
          const entries = (await store.all<OutboxEntry>(DRAIN_WINDOW)).sort((a, b) => a.seq - b.seq);
          // A Retry-After holds every event for that URL, forced or not; a failed send holds them until its retry, unless
          // forced: offline, each event tracked would otherwise try a request of its own, each failing in the console.
          const holds = new Map<string, number>();
          for (const { url, heldUntil = 0, nextAt } of entries)
            holds.set(url, Math.max(holds.get(url) ?? 0, heldUntil, force ? 0 : nextAt));
          const dueAt = (entry: OutboxEntry, backoff: boolean) => Math.max(backoff ? entry.nextAt : 0, holds.get(entry.url)!);
          const due = entries.filter((entry) => dueAt(entry, !force) <= Date.now());
          // after a failure, the next try waits for the schedule even when forced: a loop would retry at once
          if (failed || !due.length) return Math.min(...entries.map((entry) => dueAt(entry, true)));
          failed = !(await post(due.filter((entry) => entry.url === due[0].url).slice(0, MAX_BATCH)));
        }
      }),
    );
  }

  /** events added in this task and not yet written; with the write that will store them */
  let unwritten: Record<string, OutboxEntry> = {};
  let write: Promise<void> | undefined;

  // Still in the task that added them, before any navigation it started: journaled at once, removed once stored.
  const writeUnwritten = () => {
    const entries = unwritten;
    unwritten = {};
    write = undefined;
    const journaled = journal.write(entries);
    return store.put(entries).then(journaled);
  };

  /** once written: a full batch goes at once, fewer events wait DELAY_MS for company */
  const sendWhenDue = () => {
    if (pending.size >= batchSize) void drainSafely(false);
    else schedule(Date.now() + DELAY_MS);
  };

  // Events added in one task (ten `track` calls in a click handler) are written in one transaction at its end, and
  // nothing is sent before that write is committed (drain waits for `writes`).
  const add = (event: GrowthEvent, url: string) => {
    const entry: OutboxEntry = { event, url, attempts: 0, nextAt: 0, seq };
    seq += 1;
    hold(entry);
    unwritten[event.id] = entry;
    if (write) return write;
    const written = Promise.resolve().then(writeUnwritten);
    write = written;
    writes.add(written);
    // a failed write (storage refused it) is no error in the host's console: what is stored still goes
    void written.finally(() => writes.delete(written)).then(sendWhenDue, sendWhenDue);
    return written;
  };

  const beacon = () => {
    if (!pending.size || typeof navigator.sendBeacon !== 'function') return;
    // each event serialised once, appended to its URL's last body: a closing page has no time to re-serialise a growing batch
    const byUrl = new Map<string, string[]>();
    for (const { event, url } of pending.values()) {
      const json = JSON.stringify(event);
      const bodies = byUrl.get(url) ?? [];
      const last = bodies.length - 1;
      // 52: the wrapper `{"sentAt":"…","events":[…]}` and the comma
      if (last >= 0 && bodies[last].length + json.length + 52 <= BEACON_BYTES) bodies[last] += `,${json}`;
      else bodies.push(json);
      byUrl.set(url, bodies);
    }
    // A string body goes out as text/plain: no CORS preflight, which a closing page could not wait for. Once the budget
    // refuses one, the rest stay in the outbox and its journal for the next page.
    const sentAt = new Date().toISOString();
    for (const [url, bodies] of byUrl)
      for (const body of bodies) if (!navigator.sendBeacon(url, `{"sentAt":"${sentAt}","events":[${body}]}`)) return;
  };

  // Events left by an earlier page view (offline, closed mid-retry, or gone before they were stored: the journal) go out
  // soon after start; the journal's copy is removed once they are in the store.
  const [left, forget] = journal.read();
  // a failed put leaves the journal for the next page
  const recovered = store.put(Object.fromEntries(left.map((entry) => [entry.event.id, entry]))).then(forget, () => undefined);
  writes.add(recovered);
  void recovered
    .then(() => store.all<OutboxEntry>(DRAIN_WINDOW))
    .then(
      (entries) => {
        // this page's own events are already on their way (add schedules them)
        const earlier = entries.filter((entry) => !pending.has(entry.event.id));
        for (const entry of earlier) hold(entry);
        if (earlier.length) schedule(Math.min(...earlier.map((entry) => entry.nextAt)));
      },
      () => undefined,
    );

  return {
    add,
    flush: () => drain(true),
    beacon,
    destroy() {
      destroyed = true;
      clearTimeout(timer);
    },
  };
}
