// @vitest-environment node
import { EventSchema } from '@growthkit/core';
import { expect, test } from 'vitest';
import { plainEvent } from '../src/events/plain-event.ts';
import { rawEventProblem } from '../src/events/raw-event-problem.ts';

const BASE = {
  id: '019af0c2d4e6a1b2c3d4e5f6a7b8c9d0',
  type: 'track',
  name: 'doc_created',
  ts: '2026-12-07T03:40:00.123Z',
  anonymousId: 'anon-1',
  userId: 'user-1',
  props: { plan: 'growth', size: 3 },
  context: { url: 'https://app.example.com/docs', locale: 'en', sdkVersion: '0.1.0' },
};

const text = (length: number) => 'x'.repeat(length);
const propsOf = (bytes: number) => ({ blob: text(bytes - '{"blob":""}'.length) });

/** Values to put in each field (undefined: the field left out), valid, at the limits and past them. */
const VALUES: Record<string, unknown[]> = {
  id: [undefined, 'abcdefg', 'abcdefgh', text(64), text(65), 'abc-def_gh', 'abc.defgh', 'abcdéfghi', 12345678, null],
  type: [undefined, 'track', 'identify', 'group', 'page', 'widget', 'Track', 'other', 1],
  name: [undefined, '', 'a', text(200), text(201), 'gk.exposure', 'subscription_started', 'plan_changed', 'payment_failed', 'toString', 7],
  ts: [
    undefined,
    '2026-12-07T03:40:00Z',
    '2026-12-07T03:40:00.123456789Z',
    '2026-12-07T11:40:00+08:00',
    '2026-12-07T03:40:00-23:59',
    '2026-12-07T03:40:00+24:00',
    '2024-02-29T00:00:00Z',
    '2023-02-29T00:00:00Z',
    '2000-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-12-07T24:00:00Z',
    '2026-12-07T03:40Z',
    '2026-12-07T03:40:00',
    '2026-12-07t03:40:00z',
    '2026-12-07 03:40:00Z',
    1_765_078_800_000,
  ],
  anonymousId: [undefined, '', 'a', text(128), text(129), null, 1],
  userId: [undefined, '', 'u', text(128), text(129), null, 1],
  accountId: [undefined, '', 'acct', text(129), null],
  sessionId: [undefined, 's', text(129), false],
  campaignId: [undefined, 'onboarding', ''],
  experiment: [undefined, 'pricing', {}],
  variant: [undefined, 'b', []],
  props: [
    undefined,
    {},
    { b: 1, a: [1, { c: null }], 2: 'two', 1: 'one' },
    { constructor: 'x', toString: 1 },
    propsOf(16_384),
    propsOf(16_385),
    { plan: 'pro', mrr: 4900 },
    { plan: 'pro', mrr: -1 },
    { title: '🎉 launched', price: -0.0000012345678901234567, ok: false, none: null, list: [1, 'two', [3]] },
    { quote: '"\\'.repeat(2700) },
    { control: '\u0001'.repeat(2730) },
    { deep: JSON.parse(`${'['.repeat(7)}${']'.repeat(7)}`) },
    [],
    null,
    'props',
  ],
  context: [
    undefined,
    {},
    { sdkVersion: '0.1.0', extra: { deep: true }, url: 'https://x', locale: 'zh-CN' },
    { toString: 'x', hasOwnProperty: 1, userAgent: 'UA' },
    { url: text(2048) },
    { url: text(2049) },
    { locale: text(35), sdkVersion: text(32), path: '/', referrer: 'https://r' },
    { locale: text(36) },
    { userAgent: text(513) },
    { locale: 5 },
    { url: null },
    [],
    null,
  ],
  hash: [undefined, '', text(128), text(129), null],
  extra: [undefined, 'a field the schema does not know'],
};

function variants(): unknown[] {
  const events: unknown[] = [null, 'event', 3, [], [BASE]];
  for (const [field, values] of Object.entries(VALUES)) {
    for (const value of values) {
      const event: Record<string, unknown> = { ...BASE };
      if (value === undefined) delete event[field];
      else event[field] = value;
      events.push(event, { ...event, type: 'identify', name: 'subscription_started' });
    }
  }
  return events;
}

test('an event taken without the schema is exactly what the schema makes of it, and the SDK’s common events are taken so', () => {
  let taken = 0;
  for (const raw of variants()) {
    const plain = plainEvent(raw);
    if (plain === undefined) continue;
    taken++;
    expect(rawEventProblem(raw), JSON.stringify(raw)).toBeUndefined();
    const parsed = EventSchema.safeParse(raw);
    expect(parsed.success, JSON.stringify(raw)).toBe(true);
    // the same fields, values and key order, nested ones included: the stored props and context are byte for byte the same
    expect(JSON.stringify(plain)).toBe(JSON.stringify(parsed.data));
    expect(plain).toStrictEqual(parsed.data);
  }
  expect(taken).toBeGreaterThan(40);
  expect(plainEvent(BASE)).toBeDefined();
  expect(plainEvent({ ...BASE, props: undefined, context: undefined, userId: undefined })).toBeDefined();
});

/** BASE with JSON text in place of one field's value: only JSON can make a "__proto__" key or a lone surrogate escape. */
const withJson = (field: string, json: string): unknown =>
  JSON.parse(JSON.stringify({ ...BASE, [field]: 0 }).replace(`"${field}":0`, `"${field}":${json}`));

test('an event rawEventProblem refuses is never taken here, so its rejection keeps naming the field and the rule', () => {
  const refused = [
    withJson('name', '"doc_\\ud800"'),
    withJson('anonymousId', '"\\udc00"'),
    withJson('userId', '"u\\ud800x"'),
    withJson('hash', '"\\ud800"'),
    withJson('props', '{"\\ud800":1}'),
    withJson('props', '{"a":{"b":["\\udfff"]}}'),
    withJson('props', '{"__proto__":{"isAdmin":true}}'),
    withJson('props', '{"a":{"__proto__":1}}'),
    withJson('props', `{"a":${'['.repeat(40)}${']'.repeat(40)}}`),
    withJson('context', '{"url":"https://x/\\ud800"}'),
    withJson('context', '{"\\ud800":"x"}'),
    withJson('context', '{"__proto__":{"isAdmin":true}}'),
    withJson('context', '{"page":{"meta":"\\udc00"}}'),
    withJson('context', `{"page":${'['.repeat(40)}${']'.repeat(40)}}`),
  ];
  for (const raw of refused) {
    expect(rawEventProblem(raw), JSON.stringify(raw)).toBeDefined();
    expect(plainEvent(raw), JSON.stringify(raw)).toBeUndefined();
  }
  // a pair is well-formed: emoji are taken here
  expect(plainEvent(withJson('props', '{"title":"\\ud83c\\udf89 launched"}'))?.props).toEqual({ title: '🎉 launched' });
});
