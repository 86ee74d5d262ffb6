// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { makeEvent, postEvents, startTestCollector, type TestCollector } from './collector-fixture.ts';

let collector: TestCollector;
beforeEach(async () => {
  collector = await startTestCollector();
});
afterEach(async () => {
  await collector.close();
});

interface ErrorAnswer {
  error: { code: string; message: string; field?: string };
}

const storedIds = () =>
  collector.query<{ id: string }>("SELECT id FROM events WHERE project_id = 'demo' ORDER BY seq").map((row) => row.id);

describe('POST /v1/events', () => {
  test('sends the same batch twice and a batch with one invalid event among valid ones: each id is stored once; the valid events are stored; the invalid one is answered with its index, field and rule; malformed JSON, an empty body, a 2 MB body and a wrong key get clear 4xx answers and the server keeps serving', async () => {
    const batch = JSON.stringify({ events: [makeEvent(), makeEvent({ name: 'teammate_invited' }), makeEvent({ name: 'file_uploaded' })] });
    const first = await postEvents(collector, batch);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ accepted: 3, duplicates: 0, rejected: [] });
    const again = await postEvents(collector, batch);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ accepted: 0, duplicates: 3, rejected: [] });

    const validA = makeEvent({ name: 'report_generated' });
    const validB = makeEvent({ name: 'report_generated' });
    const mixed = await postEvents(collector, JSON.stringify({ events: [validA, { ...makeEvent(), ts: 'yesterday' }, validB] }));
    expect(mixed.status).toBe(200);
    const mixedAnswer = (await mixed.json()) as {
      accepted: number;
      duplicates: number;
      rejected: { index: number; field: string; message: string }[];
    };
    expect(mixedAnswer.accepted).toBe(2);
    expect(mixedAnswer.duplicates).toBe(0);
    expect(mixedAnswer.rejected).toHaveLength(1);
    expect(mixedAnswer.rejected[0]).toMatchObject({ index: 1, field: 'ts' });
    expect(mixedAnswer.rejected[0].message).toMatch(/datetime/i);

    const ids = storedIds();
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
    expect(ids).toEqual(expect.arrayContaining([...JSON.parse(batch).events.map((e: { id: string }) => e.id), validA.id, validB.id]));

    const malformed = await postEvents(collector, '{"events": [ {"id": ');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ErrorAnswer).error).toMatchObject({
      code: 'invalid_json',
      message: expect.stringMatching(/not valid JSON: .+/),
    });
    expect(await collector.healthy()).toBe(true);

    const empty = await postEvents(collector, '');
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as ErrorAnswer).error).toMatchObject({ code: 'empty_body', message: expect.stringMatching(/empty/) });
    expect(await collector.healthy()).toBe(true);

    const twoMegabytes = JSON.stringify({ events: [makeEvent({ props: { blob: 'x'.repeat(2_000_000) } })] });
    const huge = await postEvents(collector, twoMegabytes);
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as ErrorAnswer).error).toMatchObject({
      code: 'body_too_large',
      message: expect.stringMatching(/at most 1000000 bytes/),
    });
    expect(await collector.healthy()).toBe(true);

    const wrongKey = await postEvents(collector, JSON.stringify({ events: [makeEvent()] }), { key: 'pk_wrong' });
    expect(wrongKey.status).toBe(401);
    expect(((await wrongKey.json()) as ErrorAnswer).error).toMatchObject({ code: 'invalid_key', field: 'key' });
    expect(await collector.healthy()).toBe(true);

    expect(storedIds()).toEqual(ids);
  });

  test('a sendBeacon body (text/plain) is stored like JSON', async () => {
    const event = makeEvent({ name: 'page_hidden' });
    const res = await postEvents(collector, JSON.stringify({ events: [event] }), {
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
    expect(storedIds()).toEqual([event.id]);
  });

  test('a body with bytes that are not UTF-8 is refused naming the rule and nothing of it is stored; real UTF-8 is kept byte for byte', async () => {
    const event = makeEvent({ name: 'doc_créé', props: { title: 'naïve 🚀' } });
    const text = JSON.stringify({ events: [event] });
    const [before, after] = text.split('naïve');
    // 0xC3 0x28 opens a two-byte sequence with a byte that cannot continue it; 0xFF never appears in UTF-8.
    for (const stray of [[0xc3, 0x28], [0xff]]) {
      const res = await postEvents(collector, new Uint8Array(Buffer.concat([Buffer.from(before), Buffer.from(stray), Buffer.from(after)])));
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorAnswer).error).toMatchObject({ code: 'invalid_utf8', message: expect.stringMatching(/UTF-8/) });
    }
    expect(storedIds()).toEqual([]);

    const res = await postEvents(collector, text);
    expect(await res.json()).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
    const [row] = collector.query<{ name: string; props: string }>('SELECT name, props FROM events WHERE id = ?', event.id);
    expect(row).toEqual({ name: 'doc_créé', props: JSON.stringify({ title: 'naïve 🚀' }) });
  });

  test("an event nested deeper than 32 levels (down to 300,000, which overflowed the stack into a 500) is rejected naming its field; the batch's other events are stored", async () => {
    // props is the 2nd level and its "a" the 3rd: `depth` arrays there make the innermost level depth + 2.
    const nested = (depth: number) => `{"a":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const withProps = (depth: number) => {
      const event = makeEvent();
      return { id: event.id, json: JSON.stringify(event).replace('"props":{}', `"props":${nested(depth)}`) };
    };
    const deepest = withProps(30);
    const tooDeep = withProps(31);
    const overflowing = withProps(300_000);
    const deepContext = makeEvent();
    const deepContextJson = JSON.stringify(deepContext).replace('"props":{}', `"props":{},"context":${nested(40)}`);
    const plain = makeEvent();
    const deepArray = `${'['.repeat(100)}${']'.repeat(100)}`;
    const body = `{"events":[${deepest.json},${tooDeep.json},${overflowing.json},${deepContextJson},${JSON.stringify(plain)},${deepArray}]}`;

    const res = await postEvents(collector, body);
    expect(res.status).toBe(200);
    const answer = (await res.json()) as { accepted: number; rejected: { index: number; field: string; message: string }[] };
    expect(answer.accepted).toBe(2);
    expect(answer.rejected).toEqual([
      ...[1, 2, 3].map((index) => ({
        index,
        field: index === 3 ? 'context' : 'props',
        message: expect.stringMatching(/at most 32 levels/),
      })),
      // An event that is not an object is the schema's to name: the event itself, not an index inside it.
      { index: 5, field: '(event)', message: expect.stringMatching(/expected object/) },
    ]);
    expect(storedIds().sort()).toEqual([deepest.id, plain.id].sort());
    expect(await collector.healthy()).toBe(true);
  });

  test('a "__proto__" key anywhere in an event is rejected naming its path (it used to vanish from the stored props); "constructor" and "prototype" keys are stored as sent', async () => {
    // Written as JSON text: a "__proto__" key in an object literal would set its prototype, not make a key.
    const proto = '{"__proto__":{"isAdmin":true},"b":2}';
    const polluting = (fieldJson: string) => JSON.stringify(makeEvent()).replace('"props":{}', fieldJson);
    const cases = [
      polluting(`"props":${proto}`),
      polluting(`"props":{"nested":${proto}}`),
      polluting(`"props":{},"context":${proto}`),
      polluting(`"props":{},"context":{"page":{"meta":${proto}}}`),
      polluting(`"props":{},"__proto__":{"hash":"x"}`),
    ];
    const harmless = makeEvent({ props: { constructor: { prototype: { isAdmin: true } }, prototype: 'p' }, context: { constructor: 'c' } });
    const body = `{"events":[${cases.join(',')},${JSON.stringify(harmless)}]}`;

    const res = await postEvents(collector, body);
    const answer = (await res.json()) as { accepted: number; rejected: { index: number; field: string; message: string }[] };
    expect(answer.accepted).toBe(1);
    expect(answer.rejected).toEqual(
      ['props.__proto__', 'props.nested.__proto__', 'context.__proto__', 'context.page.meta.__proto__', '__proto__'].map(
        (field, index) => ({
          index,
          field,
          message: expect.stringMatching(/__proto__/),
        }),
      ),
    );
    const rows = collector.query<{ id: string; props: string; context: string }>('SELECT id, props, context FROM events');
    expect(rows.map((row) => ({ id: row.id, props: JSON.parse(row.props), context: JSON.parse(row.context) }))).toEqual([
      { id: harmless.id, props: harmless.props, context: harmless.context },
    ]);
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('isAdmin');
  });

  test('a string or key holding half of a UTF-16 pair is rejected naming its path (it used to be stored as U+FFFD); a whole pair is kept', async () => {
    // Written as JSON text: the escapes are what a sender puts on the wire.
    const withField = (fieldJson: string) => JSON.stringify(makeEvent()).replace('"props":{}', fieldJson);
    const lone = [
      withField('"props":{},"name":"doc_\\ud800"'),
      withField('"props":{"title":"a\\udc00b"}'),
      withField('"props":{"\\ud83d":1}'),
      withField('"props":{},"context":{"url":"https://x.example/\\ud83d"}'),
    ];
    const paired = makeEvent();
    const pairedJson = JSON.stringify(paired).replace('"props":{}', '"props":{"title":"\\ud83d\\ude80"}');
    const body = `{"events":[${lone.join(',')},${pairedJson}]}`;

    const res = await postEvents(collector, body);
    const answer = (await res.json()) as { accepted: number; rejected: { index: number; field: string; message: string }[] };
    expect(answer.accepted).toBe(1);
    expect(answer.rejected).toEqual(
      ['name', 'props.title', 'props.\ud83d', 'context.url'].map((field, index) => ({
        index,
        field,
        message: expect.stringMatching(/well-formed Unicode/),
      })),
    );
    expect(collector.query<{ id: string; props: string }>('SELECT id, props FROM events')).toEqual([
      { id: paired.id, props: JSON.stringify({ title: '🚀' }) },
    ]);
  });

  test("a server's billing event with wrong props is rejected naming props.<field> and the rule; the batch's good billing events are stored", async () => {
    const good = makeEvent({ name: 'subscription_started', accountId: 'acme', props: { plan: 'basic', mrr: 2000 } });
    const cents = makeEvent({
      name: 'plan_changed',
      accountId: 'acme',
      props: { from: 'basic', to: 'growth', mrr_before: 20, mrr_after: 49.5 },
    });
    const res = await fetch(`${collector.url}/v1/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk_demo' },
      body: JSON.stringify({ events: [good, cents] }),
    });
    expect(await res.json()).toEqual({
      accepted: 1,
      duplicates: 0,
      rejected: [{ index: 1, field: 'props.mrr_after', message: 'plan_changed: must be a non-negative integer of minor units' }],
    });
    expect(storedIds()).toEqual([good.id]);
  });

  test("a page visitor's billing events (publishable key) are rejected naming the name and the fix; the batch's other events are stored", async () => {
    const billing = [
      makeEvent({ name: 'subscription_started', accountId: 'acme', props: { plan: 'basic', mrr: 99_999_999 } }),
      makeEvent({ name: 'subscription_renewed', accountId: 'acme', props: { plan: 'basic', mrr: 2000 } }),
      makeEvent({ name: 'plan_changed', accountId: 'acme', props: { from: 'basic', to: 'pro', mrr_before: 0, mrr_after: 99_999_999 } }),
      makeEvent({ name: 'subscription_cancelled', accountId: 'acme', props: { cause: 'voluntary' } }),
      makeEvent({ name: 'payment_failed', accountId: 'acme' }),
    ];
    const product = makeEvent();
    const res = await postEvents(collector, JSON.stringify({ events: [...billing, product] }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      accepted: 1,
      duplicates: 0,
      rejected: billing.map(({ name }, index) => ({
        index,
        field: 'name',
        message: expect.stringMatching(new RegExp(`^${name} is a billing event.*publishable key.*Authorization: Bearer sk_`)),
      })),
    });
    expect(storedIds()).toEqual([product.id]);
  });

  test('a time whose offset no clock uses (beyond ±14:00) is rejected naming ts and the rule; ±14:00 and the offsets between are stored and counted', async () => {
    const beyond = ['2026-11-22T10:00:00+20:00', '2026-11-22T10:00:00+14:01', '2026-11-22T10:00:00-15:00'].map((ts) =>
      makeEvent({ name: 'far_away', ts }),
    );
    const within = ['2026-11-22T10:00:00+14:00', '2026-11-22T10:00:00-14:00', '2026-11-22T10:00:00+05:45'].map((ts) =>
      makeEvent({ name: 'far_away', ts }),
    );
    const res = await postEvents(collector, JSON.stringify({ events: [...beyond, ...within] }));
    expect(await res.json()).toEqual({
      accepted: 3,
      duplicates: 0,
      rejected: beyond.map((_, index) => ({ index, field: 'ts', message: 'must end in Z or an offset from -14:00 to +14:00' })),
    });
    expect(storedIds()).toEqual(within.map((event) => event.id));
    // every stored time is read as an instant: -14:00 is the latest, on the next UTC day
    const names = await fetch(`${collector.url}/v1/admin/event-names`, { headers: { authorization: 'Bearer sk_demo' } });
    expect(((await names.json()) as { names: unknown[] }).names).toEqual([
      { name: 'far_away', count: 3, lastSeen: '2026-11-23T00:00:00.000Z' },
    ]);
  });

  test("a time more than 24 hours ahead of the collector's clock is rejected naming ts and the rule; a device clock a little ahead is fine", async () => {
    const hour = 3_600_000;
    const tooLate = [new Date(Date.now() + 25 * hour).toISOString(), '9999-01-01T00:00:00.000Z'].map((ts) => makeEvent({ ts }));
    const slightlyAhead = makeEvent({ ts: new Date(Date.now() + 23 * hour).toISOString() });
    const res = await postEvents(collector, JSON.stringify({ events: [...tooLate, slightlyAhead] }));
    expect(await res.json()).toEqual({
      accepted: 1,
      duplicates: 0,
      rejected: tooLate.map((_, index) => ({
        index,
        field: 'ts',
        message: expect.stringMatching(/^is more than 24 hours ahead of this collector's clock \(.+Z\): send the time the event happened$/),
      })),
    });
    expect(storedIds()).toEqual([slightlyAhead.id]);
  });

  test("a device clock days off is corrected by the batch's sentAt: times move by the difference, keep their spacing, and are not rejected as from the future", async () => {
    const hour = 3_600_000;
    const ahead = 3 * 24 * hour;
    const deviceNow = Date.now() + ahead;
    const early = makeEvent({ ts: new Date(deviceNow - 2 * hour).toISOString() });
    const late = makeEvent({ ts: new Date(deviceNow - 10_000).toISOString() });
    const res = await postEvents(collector, JSON.stringify({ events: [early, late], sentAt: new Date(deviceNow).toISOString() }));
    expect(await res.json()).toEqual({ accepted: 2, duplicates: 0, rejected: [] });
    const stored = collector.query<{ id: string; ts: string }>("SELECT id, ts FROM events WHERE project_id = 'demo' ORDER BY seq");
    expect(stored.map((row) => row.id)).toEqual([early.id, late.id]);
    const [storedEarly, storedLate] = stored.map((row) => Date.parse(row.ts));
    // on the collector's clock, give or take the request's own time; two hours less ten seconds apart, as sent
    expect(Math.abs(storedLate! - (Date.now() - 10_000))).toBeLessThan(5_000);
    expect(storedLate! - storedEarly!).toBe(2 * hour - 10_000);
  });

  test('a clock within a minute of the collector, or a batch without sentAt (a server), keeps its times exactly', async () => {
    const ts = new Date(Date.now() - 5_000).toISOString();
    const nearly = makeEvent({ ts });
    const fromServer = makeEvent({ ts });
    await postEvents(collector, JSON.stringify({ events: [nearly], sentAt: new Date(Date.now() + 50_000).toISOString() }));
    await postEvents(collector, JSON.stringify({ events: [fromServer] }));
    const stored = collector.query<{ ts: string }>("SELECT ts FROM events WHERE project_id = 'demo' ORDER BY seq");
    expect(stored.map((row) => row.ts)).toEqual([ts, ts]);
  });

  test("a time that lands before year 0001 (a sentAt centuries ahead moving it back, or an offset) is rejected naming ts; the batch's other events are stored on the collector's clock", async () => {
    const sentAt = '9999-12-31T23:59:59.000Z';
    // sent a second before the batch left: moved to a second ago
    const recent = makeEvent({ ts: '9999-12-31T23:59:58.000Z' });
    // today's time on a clock nearly 8,000 years fast: moved to about 5950 BC, which SQLite kept as "-005947-…"
    const ancient = makeEvent({ ts: new Date().toISOString() });
    const res = await postEvents(collector, JSON.stringify({ events: [recent, ancient], sentAt }));
    expect(res.status).toBe(200);
    const rule = "must be in year 0001 or later on this collector's clock (times move by as much as the batch's sentAt is off it)";
    expect(await res.json()).toEqual({ accepted: 1, duplicates: 0, rejected: [{ index: 1, field: 'ts', message: rule }] });
    const stored = collector.query<{ id: string; ts: string }>("SELECT id, ts FROM events WHERE project_id = 'demo'");
    expect(stored.map((row) => row.id)).toEqual([recent.id]);
    expect(Math.abs(Date.parse(stored[0]!.ts) - (Date.now() - 1_000))).toBeLessThan(5_000);

    // year 0001 as written, year 0 as an instant
    const offset = await postEvents(collector, JSON.stringify({ events: [makeEvent({ ts: '0001-01-01T00:00:00+14:00' })] }));
    expect(await offset.json()).toEqual({ accepted: 0, duplicates: 0, rejected: [{ index: 0, field: 'ts', message: rule }] });
    expect(storedIds()).toEqual([recent.id]);
  });

  test('a sentAt that is not an instant refuses the batch naming sentAt and the rule', async () => {
    for (const sentAt of ['yesterday', 1_733_000_000_000, '2026-12-07T10:00:00']) {
      const res = await postEvents(collector, JSON.stringify({ events: [makeEvent()], sentAt }));
      expect(res.status).toBe(400);
      expect(((await res.json()) as ErrorAnswer).error).toEqual({
        code: 'invalid_batch',
        field: 'sentAt',
        message: "sentAt must be an ISO 8601 instant with Z or an offset: the sender's clock when the batch left",
      });
    }
    expect(storedIds()).toEqual([]);
  });

  test('U+0000 in any text of an event (a field, a prop, a key) rejects that event naming it; the rest of the batch is stored', async () => {
    const valid = makeEvent();
    const inField = makeEvent({ anonymousId: 'a\u0000b' });
    const inProp = makeEvent({ props: { note: 'x\u0000' } });
    const inKey = makeEvent({ props: { 'k\u0000': 1 } });
    const res = await postEvents(collector, JSON.stringify({ events: [inField, valid, inProp, inKey] }));
    const nul = 'must not contain U+0000 (\\u0000): PostgreSQL stores no text with it';
    expect(await res.json()).toEqual({
      accepted: 1,
      duplicates: 0,
      rejected: [
        { index: 0, field: 'anonymousId', message: nul },
        { index: 2, field: 'props.note', message: nul },
        { index: 3, field: 'props.k\u0000', message: `keys ${nul}` },
      ],
    });
    expect(storedIds()).toEqual([valid.id]);
  });

  test('U+0000 (%00) in a query parameter or the path is a 400 naming it', async () => {
    const state = await fetch(`${collector.url}/v1/state?key=pk_demo&anonymousId=a%00b`);
    expect(state.status).toBe(400);
    expect(((await state.json()) as ErrorAnswer).error).toMatchObject({ code: 'invalid_text', field: 'anonymousId' });
    const user = await fetch(`${collector.url}/v1/admin/users/a%00b`, { headers: { authorization: 'Bearer sk_demo' } });
    expect(user.status).toBe(400);
    expect(((await user.json()) as ErrorAnswer).error).toEqual({
      code: 'invalid_text',
      field: 'path',
      message: 'path must not contain U+0000 (%00): no key, id or name holds it',
    });
  });

  test('a number beyond what JSON holds (1e309, read as Infinity) is rejected naming its prop, not stored as null', async () => {
    const fine = makeEvent({ props: { a: 1.7e308 } });
    const infinite = makeEvent();
    const body = JSON.stringify({ events: [fine, infinite] }).replace('"props":{}', '"props":{"a":1,"nested":{"b":[-1e309]}}');
    const res = await postEvents(collector, body);
    expect(await res.json()).toEqual({
      accepted: 1,
      duplicates: 0,
      rejected: [{ index: 1, field: 'props.nested.b.0', message: expect.stringMatching(/^must be a finite number/) }],
    });
    expect(collector.query<{ props: string }>('SELECT props FROM events')).toEqual([{ props: '{"a":1.7e+308}' }]);
  });

  test('a gzip body is refused with 415 naming content-encoding (the collector does not decompress); identity is plain', async () => {
    const { gzipSync } = await import('node:zlib');
    const event = makeEvent();
    const batch = JSON.stringify({ events: [event] });
    const gzipped = await postEvents(collector, new Uint8Array(gzipSync(batch)), { headers: { 'content-encoding': 'gzip' } });
    expect(gzipped.status).toBe(415);
    expect(((await gzipped.json()) as ErrorAnswer).error).toEqual({
      code: 'unsupported_encoding',
      message: 'content-encoding gzip is not accepted: the collector does not decompress; send the body as plain UTF-8 JSON',
      field: 'content-encoding',
    });
    const plain = await postEvents(collector, batch, { headers: { 'content-encoding': 'identity' } });
    expect(await plain.json()).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
    expect(storedIds()).toEqual([event.id]);
  });

  test('a gzip transfer coding ("gzip, chunked") is refused with 415 naming transfer-encoding, not read as text that is neither UTF-8 nor JSON; plain chunked is read', async () => {
    const { gzipSync } = await import('node:zlib');
    const { request } = await import('node:http');
    const send = (transferEncoding: string, body: Buffer) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(`${collector.url}/v1/events?key=pk_demo`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'transfer-encoding': transferEncoding },
        });
        req.on('response', (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString() }));
        });
        req.on('error', reject);
        req.end(body);
      });
    const event = makeEvent();
    const batch = JSON.stringify({ events: [event] });
    const gzipped = await send('gzip, chunked', gzipSync(batch));
    expect(gzipped.status).toBe(415);
    expect((JSON.parse(gzipped.body) as ErrorAnswer).error).toEqual({
      code: 'unsupported_encoding',
      message: 'transfer-encoding gzip is not accepted: the collector does not decompress; send the body as plain UTF-8 JSON',
      field: 'transfer-encoding',
    });
    expect(storedIds()).toEqual([]);
    const chunked = await send('chunked', Buffer.from(batch));
    expect(JSON.parse(chunked.body)).toEqual({ accepted: 1, duplicates: 0, rejected: [] });
    expect(storedIds()).toEqual([event.id]);
  });

  test('an id repeated inside one batch is stored once and counted as a duplicate', async () => {
    const event = makeEvent();
    const res = await postEvents(collector, JSON.stringify({ events: [event, event] }));
    expect(await res.json()).toEqual({ accepted: 1, duplicates: 1, rejected: [] });
    expect(storedIds()).toEqual([event.id]);
  });

  test('a batch without a usable events array is refused naming the field "events"', async () => {
    const answers = await Promise.all(
      [
        '{}',
        '{"events": "doc_created"}',
        '{"events": []}',
        JSON.stringify({ events: Array.from({ length: 501 }, () => makeEvent()) }),
        '[]',
      ].map(async (body) => {
        const res = await postEvents(collector, body);
        return { status: res.status, error: ((await res.json()) as ErrorAnswer).error };
      }),
    );
    for (const answer of answers) expect(answer).toMatchObject({ status: 400, error: { code: 'invalid_batch', field: 'events' } });
    expect(answers.map((answer) => answer.error.message)).toEqual([
      expect.stringMatching(/required/),
      expect.stringMatching(/must be an array/),
      expect.stringMatching(/at least one/),
      expect.stringMatching(/at most 500/),
      expect.stringMatching(/object/),
    ]);
    expect(storedIds()).toEqual([]);
  });

  test('a server sends with its secret key from anywhere; a browser page from a foreign origin is refused', async () => {
    const fromServer = makeEvent({ name: 'plan_upgraded', userId: 'u-1' });
    const server = await fetch(`${collector.url}/v1/events`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk_demo', 'content-type': 'application/json', origin: 'https://billing.example' },
      body: JSON.stringify({ events: [fromServer] }),
    });
    expect(server.status).toBe(200);

    const foreign = await postEvents(collector, JSON.stringify({ events: [makeEvent()] }), { headers: { origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as ErrorAnswer).error).toMatchObject({ code: 'origin_not_allowed', field: 'origin' });

    const missing = await fetch(`${collector.url}/v1/events`, { method: 'POST', body: '{}' });
    expect(missing.status).toBe(401);
    expect(storedIds()).toEqual([fromServer.id]);
  });

  test('a caller over its rate limit gets 429 with Retry-After while other keys still get through', async () => {
    await collector.close();
    collector = await startTestCollector({ rateLimit: { perSecond: 1, burst: 2 } });
    const send = () => postEvents(collector, JSON.stringify({ events: [makeEvent()] }));
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(200);
    const limited = await send();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await limited.json()) as ErrorAnswer).error.code).toBe('rate_limited');
    const otherKey = await fetch(`${collector.url}/v1/events`, {
      method: 'POST',
      headers: { authorization: 'Bearer sk_demo' },
      body: JSON.stringify({ events: [makeEvent()] }),
    });
    expect(otherKey.status).toBe(200);
  });

  test('behind a trusted reverse proxy each browser has its own rate limit, by the address the proxy saw; without one, X-Forwarded-For counts for nothing', async () => {
    const sendFrom = (forwardedFor: string) =>
      postEvents(collector, JSON.stringify({ events: [makeEvent()] }), { headers: { 'x-forwarded-for': forwardedFor } });
    await collector.close();
    // every request comes from the proxy's address (here loopback), which appends the address it saw
    collector = await startTestCollector({ rateLimit: { perSecond: 1, burst: 1 }, trustedProxies: 1 });
    expect((await sendFrom('203.0.113.1')).status).toBe(200);
    expect((await sendFrom('203.0.113.1')).status).toBe(429);
    expect((await sendFrom('203.0.113.2')).status).toBe(200);
    // what a caller writes in the header itself comes first, before the proxy's entry: it cannot pick another bucket
    expect((await sendFrom('198.51.100.7, 203.0.113.1')).status).toBe(429);

    await collector.close();
    collector = await startTestCollector({ rateLimit: { perSecond: 1, burst: 1 } });
    expect((await sendFrom('203.0.113.3')).status).toBe(200);
    expect((await sendFrom('203.0.113.4')).status).toBe(429);
  });
});

test('a chunked body with no declared length stops being read once it passes 1 MB', async () => {
  const { request } = await import('node:http');
  const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      `${collector.url}/v1/events?key=pk_demo`,
      { method: 'POST', headers: { 'content-type': 'application/json' } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    const chunk = 'x'.repeat(64 * 1024);
    let sent = 0;
    const write = () => {
      while (sent < 2_000_000) {
        sent += chunk.length;
        if (!req.write(chunk)) return req.once('drain', write);
      }
      req.end();
    };
    write();
  });
  expect(answer.status).toBe(413);
  expect(JSON.parse(answer.body).error.code).toBe('body_too_large');
  expect(await collector.healthy()).toBe(true);
});
