// @vitest-environment node
import type { GrowthEvent } from '@growthkit/core';
import { expect, test } from 'vitest';
import { toEventRows } from '../src/store/sqlite/event-row.ts';

const event = (id: number, context: GrowthEvent['context']): GrowthEvent => ({
  id: `event-${String(id).padStart(4, '0')}`,
  type: 'track',
  name: 'doc_created',
  ts: '2026-12-07T03:40:00.123Z',
  anonymousId: 'anon-1',
  props: { n: id },
  ...(context === undefined ? {} : { context }),
});

test("a batch's rows store each event's own context, byte for byte, whether or not the event before it had the same", () => {
  const page = { url: 'https://app.example.com/docs', locale: 'en', sdkVersion: '0.1.0' };
  const nested = { url: 'https://app.example.com/docs', extra: { deep: true } };
  const contexts: GrowthEvent['context'][] = [
    page,
    { ...page },
    { ...page },
    { url: page.url, locale: 'en' },
    { url: page.url, locale: 'en', sdkVersion: '0.2.0' },
    { locale: 'en', url: page.url, sdkVersion: '0.2.0' },
    undefined,
    { ...page },
    nested,
    { ...nested, extra: { deep: false } },
    {},
    {},
    { url: page.url, count: 0 },
    { url: page.url, count: -0 },
    { url: page.url, count: '0' },
  ];
  const events = contexts.map((context, index) => event(index, context));
  const rows = toEventRows('demo', events, '2026-12-07T03:40:01.000Z');
  // each event alone: its context serialised afresh
  expect(rows).toEqual(events.flatMap((e) => toEventRows('demo', [e], '2026-12-07T03:40:01.000Z')));
  expect(rows.map((row) => row[14])).toContain('{"locale":"en","url":"https://app.example.com/docs","sdkVersion":"0.2.0"}');
});
