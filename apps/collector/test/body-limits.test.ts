// @vitest-environment node
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startTestCollector, type TestCollector } from './collector-fixture.ts';

let collector: TestCollector;
beforeEach(async () => {
  collector = await startTestCollector();
});
afterEach(async () => {
  await collector.close();
});

const LIMIT = 1_000_000;

/**
 * A raw HTTP/1.1 request over loopback from a client that writes its whole body before it reads (as an upload that
 * does not look at the answer until it is done): `head` then `body` in 64 KB writes. Resolves with what the client
 * could read of the answer, empty when a broken pipe or reset lost it.
 */
function naiveUpload(head: string, body: Buffer): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(collector.port, '127.0.0.1');
    let answer = '';
    let reading = false;
    const read = () => {
      if (reading) return;
      reading = true;
      socket.setEncoding('utf8');
      socket.on('data', (text: string) => {
        answer += text;
      });
    };
    socket.on('error', () => {
      read();
      setTimeout(() => resolve(answer), 100);
    });
    socket.on('close', () => resolve(answer));
    socket.write(head);
    let sent = 0;
    const write = () => {
      while (sent < body.length && !socket.destroyed) {
        const piece = body.subarray(sent, sent + 64 * 1024);
        sent += piece.length;
        if (!socket.write(piece)) return void socket.once('drain', write);
      }
      read();
    };
    write();
  });
}

/** A body of `size` bytes in chunked transfer coding, 64 KB a chunk. */
function chunkedBody(size: number): Buffer {
  const chunk = Buffer.concat([Buffer.from(`${(64 * 1024).toString(16)}\r\n`), Buffer.alloc(64 * 1024, 'x'), Buffer.from('\r\n')]);
  return Buffer.concat([...Array.from({ length: Math.ceil(size / (64 * 1024)) }, () => chunk), Buffer.from('0\r\n\r\n')]);
}

// Connection: close, so that an answer the collector would keep the connection open after still ends the exchange
const head = (headers: string) =>
  `POST /v1/events?key=pk_demo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\n${headers}\r\n\r\n`;

const expectTooLarge = (answer: string) => {
  expect(answer).toMatch(/^HTTP\/1\.1 413 /);
  expect(answer.toLowerCase()).toContain('connection: close');
  const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { error: { code: string; message: string } };
  expect(body.error).toEqual({ code: 'body_too_large', message: `request body must be at most ${LIMIT} bytes` });
};

describe('a body over the 1 MB limit is answered 413, readable by the client, never a reset', () => {
  // loopback's socket buffers take a body of a few MB whole: past that, the client is still writing when the answer comes
  test('a declared length over the limit (by a byte, by 3 MB), the body sent anyway', async () => {
    for (const size of [LIMIT + 1, LIMIT + 1, 4_000_000, 4_000_000]) {
      expectTooLarge(await naiveUpload(head(`Content-Length: ${size}`), Buffer.alloc(size, 'x')));
    }
    expect(await collector.healthy()).toBe(true);
  });

  test('a chunked body (no declared length) of 2 MB and of 4 MB', async () => {
    for (const size of [2_000_000, 2_000_000, 4_000_000, 4_000_000]) {
      expectTooLarge(await naiveUpload(head('Transfer-Encoding: chunked'), chunkedBody(size)));
    }
    expect(await collector.healthy()).toBe(true);
  });

  test('Expect: 100-continue with a length over the limit gets the 413 at once, no 100 Continue, and sends no body', async () => {
    const answer = await new Promise<{ status: number; continued: boolean; body: string }>((resolve, reject) => {
      let continued = false;
      const req = request(
        `${collector.url}/v1/events?key=pk_demo`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': LIMIT * 2, expect: '100-continue' } },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            body += chunk;
          });
          res.on('end', () => resolve({ status: res.statusCode ?? 0, continued, body }));
        },
      );
      req.on('continue', () => {
        continued = true;
        req.end(Buffer.alloc(LIMIT * 2, 'x'));
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(answer).toMatchObject({ status: 413, continued: false });
    expect(JSON.parse(answer.body).error.code).toBe('body_too_large');
  });

  test('Expect: 100-continue within the limit is continued and answered as usual', async () => {
    const batch = JSON.stringify({ events: [] });
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        `${collector.url}/v1/events?key=pk_demo`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': batch.length, expect: '100-continue' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('continue', () => req.end(batch));
      req.on('error', reject);
      req.flushHeaders();
    });
    // an empty batch: read and answered by the route, so the body was asked for and came
    expect(status).toBe(400);
  });
});

/** Opens a connection that sends the head of a `size`-byte upload and `sent` bytes of it, then stalls. */
function stalledUpload(port: number, size: number, sent: number): Promise<{ answer: () => string; closed: Promise<void> }> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (text: string) => {
      answer += text;
    });
    socket.on('error', () => undefined);
    const closed = new Promise<void>((done) => socket.on('close', () => done()));
    socket.write(head(`Content-Length: ${size}`));
    socket.write(Buffer.alloc(sent, 'x'), () => resolve({ answer: () => answer, closed }));
  });
}

describe('uploads that stall', () => {
  test('bodies buffered at once are capped across connections: past the cap 503 with Retry-After; room again once the stalled one times out (408)', async () => {
    await collector.close();
    collector = await startTestCollector({ bodyBudget: 1_500_000, requestTimeoutMs: 1_500 });
    const stalled = await stalledUpload(collector.port, 990_000, 900_000);
    // let the collector buffer what was sent
    await new Promise((resolve) => setTimeout(resolve, 100));

    const crowded = await naiveUpload(head('Content-Length: 990000'), Buffer.alloc(990_000, 'x'));
    expect(crowded).toMatch(/^HTTP\/1\.1 503 /);
    expect(crowded.toLowerCase()).toContain('retry-after: 1');
    const error = JSON.parse(crowded.slice(crowded.indexOf('\r\n\r\n') + 4)).error as { code: string; message: string };
    expect(error).toEqual({ code: 'busy', message: expect.stringMatching(/1500000 bytes of request bodies, its limit; retry/) });

    await stalled.closed;
    expect(stalled.answer()).toMatch(/^HTTP\/1\.1 408 /);
    expect(stalled.answer()).toContain('"code":"request_timeout"');
    // the stalled body's bytes are given back: a body of the same size is read again (and found not to be JSON)
    const after = await naiveUpload(head('Content-Length: 990000'), Buffer.alloc(990_000, 'x'));
    expect(after).toMatch(/^HTTP\/1\.1 400 /);
    expect(after).toContain('invalid_json');
  });
});
