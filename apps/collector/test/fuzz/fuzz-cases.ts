import type { EventInput } from '@growthkit/core';
import type { Expectation, FuzzCase, FuzzKind, HttpRequestSpec } from './fuzz-case.ts';
import type { SeededRandom } from './seeded-random.ts';
import { OBJECT_KEYS, SQL_STRINGS, ValidEvents } from './valid-events.ts';

const EVENTS_PATH = '/v1/events?key=pk_demo';
const JSON_HEADERS = { 'content-type': 'application/json' };
/** Replaced in serialised JSON by text an object literal cannot hold (a "__proto__" key, a lone surrogate escape). */
const MARK = 'FUZZ_MARK';

type Field = keyof EventInput;
/** JSON values that break each field's rule; `undefined` means the field is left out. */
const REF_BAD = [null, 1, false, '', 'x'.repeat(129), ['u'], {}];
const WRONG_VALUES: Record<Field, unknown[]> = {
  id: [undefined, null, 0, 12_345_678, true, [], {}, '', 'short', 'has space!', 'x'.repeat(65), "'; DROP TABLE events; --", 'ünïcode-id'],
  type: [undefined, null, 1, '', 'TRACK', 'delete', ['track'], {}],
  name: [undefined, null, 7, false, '', 'x'.repeat(201), [], {}],
  ts: [undefined, null, 1_700_000_000_000, '', 'yesterday', '2026-13-01T00:00:00Z', '2026-11-22', '2026-11-22T25:00:00Z', {}, []],
  anonymousId: [undefined, ...REF_BAD],
  userId: REF_BAD,
  accountId: REF_BAD,
  sessionId: REF_BAD,
  campaignId: REF_BAD,
  experiment: REF_BAD,
  variant: REF_BAD,
  props: [null, 'props', 1, true, [], [1, 2], { blob: 'x'.repeat(17_000) }],
  context: [null, 'ctx', 1, [], true],
  hash: [null, 1, 'x'.repeat(129), {}],
};
const CONTEXT_WRONG: Record<string, unknown[]> = {
  url: [1, null, 'x'.repeat(2049), {}],
  locale: ['x'.repeat(36), 5],
  sdkVersion: ['x'.repeat(33), false],
  userAgent: ['x'.repeat(513), []],
};

/** A bad event and the field the collector must name for it. */
interface BadEvent {
  json: string;
  field: string;
}

const post = (body: string | Buffer, headers: Record<string, string> = JSON_HEADERS, path = EVENTS_PATH): HttpRequestSpec => ({
  via: 'http',
  method: 'POST',
  path,
  headers,
  body: Buffer.from(body),
});

const refusal = (status: number, code: string, field?: string): Extract<Expectation, { answer: 'refusal' }> => ({
  answer: 'refusal',
  status,
  code,
  field,
});

/** Makes the run's cases, kind by kind, from one seeded generator: the same seed makes the same requests. */
export class FuzzCases {
  private readonly events: ValidEvents;
  /** valid events already placed in a batch that will be stored: the pool that later batches send again */
  private readonly placed: EventInput[] = [];

  constructor(private readonly random: SeededRandom) {
    this.events = new ValidEvents(random);
  }

  make(kind: FuzzKind): FuzzCase {
    const makers: Record<FuzzKind, () => Omit<FuzzCase, 'kind'>> = {
      valid: () => this.mixedBatch(0),
      'broken-json': () => this.brokenJson(),
      'wrong-types': () => this.mixedBatch(0.4, () => this.wrongType()),
      huge: () => this.huge(),
      deep: () => this.deep(),
      'invalid-utf8': () => this.invalidUtf8(),
      'proto-keys': () => this.protoKeys(),
      sql: () => this.sql(),
      duplicates: () => this.duplicates(),
      'content-type': () => this.contentType(),
      cut: () => this.cut(),
      'raw-line': () => this.rawLine(),
      keys: () => this.keys(),
      'empty-batch': () => this.emptyBatch(),
      'not-array': () => this.notArray(),
    };
    return { kind, ...makers[kind]() };
  }

  /** A fresh valid event with `overrides`, in the pool: it goes into a batch that will be stored. */
  private placedFresh(overrides: Partial<EventInput> = {}): EventInput {
    const event = { ...this.events.event(), ...overrides };
    this.placed.push(event);
    return event;
  }

  /** A fresh valid event, or (sometimes) one already sent, which must then count as a duplicate. */
  private storable(): EventInput {
    if (this.placed.length > 0 && this.random.chance(0.1)) return this.random.pick(this.placed);
    const event = this.events.event();
    this.placed.push(event);
    return event;
  }

  /** Events that go only into requests refused as a whole: none of them may ever be stored. */
  private unstorableBatch(): string {
    return JSON.stringify({ events: Array.from({ length: this.random.int(1, 5) }, () => this.events.event()) });
  }

  /** A batch of 1–4 valid events and, when `bad` is given, bad ones at random places (each slot by `badShare`, at least one). */
  private mixedBatch(badShare: number, bad?: () => BadEvent, extra: EventInput[] = []): Omit<FuzzCase, 'kind'> {
    const slots: (EventInput | BadEvent)[] = Array.from({ length: this.random.int(1, 4) }, () =>
      bad && this.random.chance(badShare) ? bad() : this.storable(),
    );
    if (bad && !slots.some((slot) => 'field' in slot)) slots.push(bad());
    slots.push(...extra);
    this.random.shuffle(slots);
    const json = slots.map((slot) => ('field' in slot ? slot.json : JSON.stringify(slot)));
    return {
      request: post(`{"events":[${json.join(',')}]}`),
      expect: {
        answer: 'batch',
        valid: slots.filter((slot): slot is EventInput => !('field' in slot)),
        rejected: slots.flatMap((slot, index) => ('field' in slot ? [{ index, field: slot.field }] : [])),
      },
    };
  }

  private wrongType(): BadEvent {
    const event: Record<string, unknown> = { ...this.events.event() };
    if (this.random.chance(0.15)) {
      const key = this.random.pick(Object.keys(CONTEXT_WRONG));
      event.context = { ...(event.context as object), [key]: this.random.pick(CONTEXT_WRONG[key]!) };
      return { json: JSON.stringify(event), field: `context.${key}` };
    }
    const field = this.random.pick(Object.keys(WRONG_VALUES) as Field[]);
    event[field] = this.random.pick(WRONG_VALUES[field]);
    return { json: JSON.stringify(event), field };
  }

  private brokenJson(): Omit<FuzzCase, 'kind'> {
    const valid = this.unstorableBatch();
    const broken = [
      () => valid.slice(0, this.random.int(1, valid.length - 1)),
      () => valid + this.random.pick(['x', '}', ',', ']', '{}', ' null', '\u0000']),
      () => valid.replace(':', this.random.pick(['=', ' ', '::', ';'])),
      () => valid.replaceAll('"', "'"),
      () => valid.replace(/\]\}$/, ',]}'),
      () => `\ufeff${valid}`,
      () =>
        this.random.pick([
          '{"events":[NaN]}',
          '{"events":[undefined]}',
          '{events:[]}',
          '{"events":[0x10]}',
          '{"events":[01]}',
          '{"events":["\\x"]}',
          '{"events":["a\nb"]}',
          '{"events":[{"id":"a"/*c*/}]}',
          '{"events":[{"id":.5}]}',
          '{"events":[]',
          '{"events":[{}]}}',
        ]),
    ];
    return { request: post(this.random.pick(broken)()), expect: refusal(400, 'invalid_json') };
  }

  private huge(): Omit<FuzzCase, 'kind'> {
    const roll = this.random.int(0, 5);
    if (roll <= 1) {
      // Over the 1 MB limit, declared (refused before it is read) or chunked (refused at the chunk that crosses it).
      const event = { ...this.events.event(), props: { blob: 'x'.repeat(this.random.int(1_000_001, 1_300_000)) } };
      const spec = post(JSON.stringify({ events: [event] }));
      return { request: { ...spec, chunked: roll === 1 }, expect: { ...refusal(413, 'body_too_large'), orCut: true } };
    }
    if (roll === 2) {
      const event = this.events.event();
      const events = Array.from({ length: 501 }, () => ({ ...event, id: this.events.id() }));
      return { request: post(JSON.stringify({ events })), expect: refusal(400, 'invalid_batch', 'events') };
    }
    if (roll === 3) {
      // One such event a batch, or several may not fit in the 1 MB body.
      return this.mixedBatch(0, () => ({
        json: JSON.stringify({ ...this.events.event(), props: { blob: 'x'.repeat(this.random.int(16_400, 200_000)) } }),
        field: 'props',
      }));
    }
    // 100 events of ~9 KB each: just under the body limit, every one stored.
    const model = this.events.event();
    const events = Array.from({ length: 100 }, () => ({ ...model, id: this.events.id(), props: { pad: 'p'.repeat(9_000) } }));
    this.placed.push(...events);
    return { request: post(JSON.stringify({ events })), expect: { answer: 'batch', valid: events, rejected: [] } };
  }

  private deep(): Omit<FuzzCase, 'kind'> {
    const roll = this.random.int(0, 9);
    // Mostly just past the limit; now and then deep enough to have overflowed the stack (a 1 MB body allows ~500,000).
    const depth = this.random.chance(0.05) ? this.random.int(100_000, 300_000) : this.random.int(32, 1_000);
    const arrays = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
    if (roll <= 5) {
      // Under a key of props or context (objects, as their types want, so only the depth is wrong: at 2 + `depth` levels,
      // past the 32nd), or as a whole field of another type.
      const field = this.random.pick(['props', 'props', 'context', 'context', 'name', 'userId', 'hash']);
      const value = field === 'props' || field === 'context' ? `{"a":${arrays(depth)}}` : arrays(depth);
      // One bad event at the deepest, or several may not fit in the 1 MB body.
      return this.mixedBatch(depth > 1_000 ? 0 : 0.3, () => this.withMark(this.events.event(), field, value, field));
    }
    if (roll === 6) {
      // props is the 2nd level, so arrays under one of its keys reach the 32nd at 30.
      const allowed = this.placedFresh({ props: { a: JSON.parse(arrays(this.random.int(1, 30))) as unknown[] } });
      return { request: post(JSON.stringify({ events: [allowed] })), expect: { answer: 'batch', valid: [allowed], rejected: [] } };
    }
    if (roll === 7) {
      const event = this.storable();
      return {
        request: post(`{"padding":${arrays(depth)},"events":[${JSON.stringify(event)}]}`),
        expect: { answer: 'batch', valid: [event], rejected: [] },
      };
    }
    if (roll === 8) return this.mixedBatch(depth > 1_000 ? 0 : 0.3, () => ({ json: arrays(depth), field: '(event)' }));
    return {
      request: post(`{"events":${arrays(depth)}}`),
      expect: { answer: 'batch', valid: [], rejected: [{ index: 0, field: '(event)' }] },
    };
  }

  /** `event` as JSON with `field` (a dotted path into it) set to raw JSON `valueJson`; rejected naming `rejectedAs`. */
  private withMark(event: EventInput, field: string, valueJson: string, rejectedAs: string): BadEvent {
    const copy = structuredClone(event) as Record<string, unknown>;
    const path = field.split('.');
    let target = copy;
    for (const key of path.slice(0, -1)) {
      target[key] = { ...(target[key] as object) };
      target = target[key] as Record<string, unknown>;
    }
    target[path.at(-1)!] = MARK;
    return { json: JSON.stringify(copy).replace(`"${MARK}"`, valueJson), field: rejectedAs };
  }

  private invalidUtf8(): Omit<FuzzCase, 'kind'> {
    if (this.random.chance(0.6)) {
      const text = this.unstorableBatch();
      const at = text.indexOf('"name":"') + 8;
      const stray = this.random.pick([
        [0xff],
        [0xfe],
        [0x80],
        [0xc3, 0x28],
        [0xe2, 0x82],
        [0xed, 0xa0, 0x80],
        [0xc0, 0xaf],
        [0xf8, 0x88, 0x80, 0x80, 0x80],
      ]);
      const body = Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from(stray), Buffer.from(text.slice(at))]);
      return { request: post(body), expect: refusal(400, 'invalid_utf8') };
    }
    // half of a surrogate pair alone, or U+0000: text no engine can store as sent
    const lone = this.random.pick(['\\ud800', '\\udfff', 'a\\ud83d', '\\ude80z', 'a\\u0000b', '\\u0000']);
    return this.mixedBatch(0.3, () => {
      const event = this.events.event();
      const field = this.random.pick(['name', 'anonymousId', 'props.title', 'context.url', 'props.nested.deeper']);
      if (this.random.chance(0.2)) {
        // A key holding the lone half, named in the path as its JSON text decodes.
        const keyed = this.withMark(event, 'props', `{"k${lone}":1}`, '');
        return { json: keyed.json, field: `props.k${JSON.parse(`"${lone}"`) as string}` };
      }
      return this.withMark(event, field, `"${lone}"`, field);
    });
  }

  private protoKeys(): Omit<FuzzCase, 'kind'> {
    const roll = this.random.int(0, 9);
    const place = () => this.random.pick(['props', 'context', 'props.a', 'props.a.b', 'context.page', 'context.page.meta']);
    if (roll <= 3) {
      return this.mixedBatch(0.4, () => {
        const where = this.random.chance(0.2) ? '' : place();
        const event = this.events.event();
        const json =
          where === ''
            ? JSON.stringify(event).replace(/\}$/, `,"__proto__":{"hash":"x"}}`)
            : this.withMark(event, where, '{"__proto__":{"isAdmin":true},"b":1}', '').json;
        return { json, field: where === '' ? '__proto__' : `${where}.__proto__` };
      });
    }
    if (roll <= 6) {
      // "constructor" and "prototype" are data: kept in props and context, dropped with the other unknown event keys.
      const event = this.storable();
      const key = this.random.pick(OBJECT_KEYS);
      const json = JSON.stringify(event).replace(/\}$/, `,"${key}":{"prototype":{"isAdmin":true}}}`);
      return { request: post(`{"events":[${json}]}`), expect: { answer: 'batch', valid: [event], rejected: [] } };
    }
    if (roll === 9) {
      // Events only under "__proto__" are no events at all.
      return {
        request: post(`{"__proto__":{"events":[${JSON.stringify(this.events.event())}]}}`),
        expect: refusal(400, 'invalid_batch', 'events'),
      };
    }
    const event = this.storable();
    if (roll === 7) {
      return {
        request: post(`{"__proto__":{"events":[${JSON.stringify(this.events.event())}]},"events":[${JSON.stringify(event)}]}`),
        expect: { answer: 'batch', valid: [event], rejected: [] },
      };
    }
    return {
      request: post(`{"constructor":{"prototype":{"isAdmin":true}},"prototype":1,"events":[${JSON.stringify(event)}]}`),
      expect: { answer: 'batch', valid: [event], rejected: [] },
    };
  }

  private sql(): Omit<FuzzCase, 'kind'> {
    const roll = this.random.int(0, 9);
    const sql = () => this.random.pick(SQL_STRINGS);
    if (roll <= 5) {
      return this.mixedBatch(0.2, () => ({ json: JSON.stringify({ ...this.events.event(), id: sql() }), field: 'id' }), [
        this.placedFresh({
          name: sql(),
          anonymousId: sql(),
          userId: sql(),
          props: { [sql()]: sql() },
          context: { url: sql(), path: sql() },
        }),
      ]);
    }
    const query = encodeURIComponent(sql());
    if (roll <= 7)
      return {
        request: post(this.unstorableBatch(), JSON_HEADERS, `/v1/events?key=pk_demo${query}`),
        expect: refusal(401, 'invalid_key', 'key'),
      };
    const param = this.random.pick(['after', 'limit']);
    return {
      request: { via: 'http', method: 'GET', path: `/v1/admin/events?${param}=1${query}`, headers: { authorization: 'Bearer sk_demo' } },
      expect: refusal(400, 'invalid_query', param),
    };
  }

  private duplicates(): Omit<FuzzCase, 'kind'> {
    const twice = this.storable();
    const copies = Array.from({ length: this.random.int(1, 3) }, () => twice);
    return this.mixedBatch(0, undefined, copies);
  }

  private contentType(): Omit<FuzzCase, 'kind'> {
    const roll = this.random.int(0, 9);
    if (roll === 0) {
      return {
        request: post(`events=${encodeURIComponent(this.unstorableBatch())}`, { 'content-type': 'application/x-www-form-urlencoded' }),
        expect: refusal(400, 'invalid_json'),
      };
    }
    if (roll === 1) {
      const body = `--x\r\nContent-Disposition: form-data; name="events"\r\n\r\n${this.unstorableBatch()}\r\n--x--\r\n`;
      return { request: post(body, { 'content-type': 'multipart/form-data; boundary=x' }), expect: refusal(400, 'invalid_json') };
    }
    // The content type is not trusted either way (sendBeacon posts text/plain): a JSON body is read as JSON.
    const type = this.random.pick([
      'text/plain;charset=UTF-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'image/png',
      'application/json; charset=latin1',
      'garbage/////',
      'application/xml',
    ]);
    const batch = this.mixedBatch(0);
    return { ...batch, request: { ...(batch.request as HttpRequestSpec), headers: { 'content-type': type } } };
  }

  private cut(): Omit<FuzzCase, 'kind'> {
    const body = Buffer.from(this.unstorableBatch());
    const head = `POST ${EVENTS_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n`;
    const roll = this.random.int(0, 4);
    // The declared length is the whole body; the connection ends before it, or inside the headers, or inside a chunk.
    let bytes = Buffer.concat([
      Buffer.from(`${head}Content-Length: ${body.length}\r\n\r\n`),
      body.subarray(0, this.random.int(0, body.length - 1)),
    ]);
    if (roll === 3) bytes = Buffer.from(head.slice(0, this.random.int(1, head.length - 1)));
    if (roll === 4) {
      bytes = Buffer.concat([
        Buffer.from(`${head}Transfer-Encoding: chunked\r\n\r\n${body.length.toString(16)}\r\n`),
        body.subarray(0, body.length >> 1),
      ]);
    }
    return { request: { via: 'raw', bytes, ending: this.random.pick(['fin', 'reset'] as const) }, expect: { answer: 'refused-or-closed' } };
  }

  private rawLine(): Omit<FuzzCase, 'kind'> {
    const host = 'Host: 127.0.0.1\r\nConnection: close\r\n';
    const lines = [
      () => 'GARBAGE\r\n\r\n',
      () => 'GET\r\n\r\n',
      () => `GET / HTTP/9.9\r\n${host}\r\n`,
      () => `GET %zz HTTP/1.1\r\n${host}\r\n`,
      () => `GET /\u0000 HTTP/1.1\r\n${host}\r\n`,
      () => `POST ${EVENTS_PATH} HTTP/1.1\r\n${host}Content-Length: abc\r\n\r\n`,
      () => `POST ${EVENTS_PATH} HTTP/1.1\r\n${host}Content-Length: 5\r\nContent-Length: 6\r\n\r\nhello`,
      () => `POST ${EVENTS_PATH} HTTP/1.1\r\n${host}Transfer-Encoding: chunked\r\n\r\nzz\r\n`,
      () => `GET /healthz HTTP/1.1\r\n${host}Bad Header\r\n\r\n`,
      () => `GET /healthz HTTP/1.1\r\n${host}X-Big: ${'a'.repeat(this.random.int(17_000, 40_000))}\r\n\r\n`,
      () => `GET /healthz HTTP/1.1\r\nConnection: close\r\n\r\n`,
      () =>
        `${this.random.text('\u0001\u0002\u0007\u007f', this.random.int(1, 8))}${this.random.text('ABCxyz /\t', this.random.int(0, 40))}\r\n\r\n`,
      () => `G\u0001T /healthz HTTP/1.1\r\n${host}\r\n`,
      () => `GET http://evil.example/healthz HTTP/1.1\r\n${host}\r\n`,
    ];
    return {
      request: { via: 'raw', bytes: Buffer.from(this.random.pick(lines)(), 'latin1'), ending: 'wait' },
      expect: { answer: 'refused-or-closed' },
    };
  }

  private keys(): Omit<FuzzCase, 'kind'> {
    const body = this.unstorableBatch();
    const variants: [string, Record<string, string>, Expectation][] = [
      ['/v1/events', {}, refusal(401, 'missing_key', 'key')],
      ['/v1/events?key=', {}, refusal(401, 'missing_key', 'key')],
      ['/v1/events?key=pk_wrong', {}, refusal(401, 'invalid_key', 'key')],
      ['/v1/events?key=sk_demo', {}, refusal(401, 'invalid_key', 'key')],
      ['/v1/events?key=pk_d%C3%A9mo', {}, refusal(401, 'invalid_key', 'key')],
      [`/v1/events?key=pk_${'a'.repeat(this.random.int(100, 6_000))}`, {}, refusal(401, 'invalid_key', 'key')],
      ['/v1/events', { authorization: 'Bearer pk_demo' }, refusal(401, 'invalid_key', 'key')],
      ['/v1/events', { authorization: 'Bearer sk_wrong' }, refusal(401, 'invalid_key', 'key')],
      ['/v1/events', { authorization: 'Basic c2tfZGVtbzo=' }, refusal(401, 'invalid_key', 'key')],
      ['/v1/events', { authorization: 'bearer sk_demo' }, refusal(401, 'invalid_key', 'key')],
      ['/v1/events', { authorization: 'Bearer  sk_demo' }, refusal(401, 'invalid_key', 'key')],
      ['/v1/events', { authorization: '' }, refusal(401, 'invalid_key', 'key')],
      [EVENTS_PATH, { origin: 'http://evil.example' }, refusal(403, 'origin_not_allowed', 'origin')],
    ];
    const [path, headers, expectation] = this.random.pick(variants);
    if (this.random.chance(0.1)) {
      return {
        request: { via: 'http', method: 'GET', path: '/v1/admin/events?key=pk_demo', headers: {} },
        expect: refusal(403, 'secret_key_required', 'key'),
      };
    }
    return { request: post(body, { ...JSON_HEADERS, ...headers }, path), expect: expectation };
  }

  private emptyBatch(): Omit<FuzzCase, 'kind'> {
    const body = this.random.pick(['{"events":[]}', ' { "events" : [ ] } ', '{}', '', '   \n\t', '{"events":[],"more":[1]}']);
    if (body.trim() === '') return { request: post(body), expect: refusal(400, 'empty_body') };
    return { request: post(body), expect: refusal(400, 'invalid_batch', 'events') };
  }

  private notArray(): Omit<FuzzCase, 'kind'> {
    const event = JSON.stringify(this.events.event());
    const body = this.random.pick([
      `{"events":${event}}`,
      `{"events":{"0":${event}}}`,
      '{"events":"doc_created"}',
      '{"events":1}',
      '{"events":null}',
      '{"events":true}',
      '{"events":false}',
      `[${event}]`,
      `[{"events":[${event}]}]`,
      '"events"',
      '1',
      'null',
      'true',
      `{"Events":[${event}]}`,
    ]);
    return { request: post(body), expect: refusal(400, 'invalid_batch', 'events') };
  }
}
