import { describe, expect, it } from 'vitest';
import { CountersSchema, recordEvent, summarizeCounter, type Counters } from '../src/index.ts';

const record = (times: string[], name = 'doc_created') => times.reduce<Counters>((c, at) => recordEvent(c, name, at), {});

describe('event counters', () => {
  it('counts total, first and last time and buckets by UTC day', () => {
    const counters = record(['2026-11-20T23:59:59.999Z', '2026-11-21T00:00:00.000Z', '2026-11-21T08:00:00+08:00']);
    expect(counters.doc_created).toEqual({
      total: 3,
      first: '2026-11-20T23:59:59.999Z',
      last: '2026-11-21T00:00:00.000Z',
      days: { '2026-11-20': 1, '2026-11-21': 2 },
    });
  });

  it('does not change the counters it is given', () => {
    const before = record(['2026-11-20T10:00:00Z']);
    const copy = structuredClone(before);
    recordEvent(before, 'doc_created', '2026-11-21T10:00:00Z');
    expect(before).toEqual(copy);
  });

  it('keeps first and last by time when events arrive out of order (collector replay)', () => {
    const counters = record(['2026-11-21T10:00:00Z', '2026-11-01T10:00:00Z', '2026-11-15T10:00:00Z']);
    expect(counters.doc_created.first).toBe('2026-11-01T10:00:00.000Z');
    expect(counters.doc_created.last).toBe('2026-11-21T10:00:00.000Z');
  });

  it('keeps daily counts for the 30 UTC days up to the latest event only', () => {
    const counters = record(['2026-10-01T12:00:00Z', '2026-10-22T12:00:00Z', '2026-10-23T12:00:00Z', '2026-11-21T12:00:00Z']);
    expect(Object.keys(counters.doc_created.days)).toEqual(['2026-10-23', '2026-11-21']);
    expect(counters.doc_created.total).toBe(4);
  });

  it('ignores a timestamp that does not parse', () => {
    const counters = record(['2026-11-21T10:00:00Z']);
    expect(recordEvent(counters, 'doc_created', 'yesterday')).toBe(counters);
  });

  it('summarises the last 7, 14 and 30 UTC days ending today, across day boundaries', () => {
    const counters = record([
      '2026-11-22T00:00:00Z', // today (0 days ago)
      '2026-11-16T23:59:59Z', // 6 days ago: in last7
      '2026-11-15T23:59:59Z', // 7 days ago: last14 only
      '2026-11-09T00:00:00Z', // 13 days ago: last14
      '2026-11-08T12:00:00Z', // 14 days ago: last30 only
      '2026-10-24T12:00:00Z', // 29 days ago: last30
      '2026-10-23T12:00:00Z', // 30 days ago: total only
    ]);
    expect(summarizeCounter(counters.doc_created, new Date('2026-11-22T23:59:59Z'))).toEqual({
      total: 7,
      last7: 2,
      last14: 4,
      last30: 6,
      first: '2026-10-23T12:00:00.000Z',
      last: '2026-11-22T00:00:00.000Z',
    });
    // one second later it is the next UTC day: the 6-days-ago event leaves last7
    expect(summarizeCounter(counters.doc_created, new Date('2026-11-23T00:00:00Z')).last7).toBe(1);
  });

  it('summarises a never-seen event as zeros', () => {
    expect(summarizeCounter(undefined, new Date('2026-11-22T00:00:00Z'))).toEqual({ total: 0, last7: 0, last14: 0, last30: 0 });
  });

  it('stores a shape the collector can validate', () => {
    const counters = record(['2026-11-21T10:00:00Z', '2026-11-22T10:00:00Z']);
    expect(CountersSchema.parse(JSON.parse(JSON.stringify(counters)))).toEqual(counters);
    expect(CountersSchema.safeParse({ x: { total: 1, first: 'x', last: 'y', days: {} } }).success).toBe(false);
    expect(CountersSchema.safeParse({ x: { ...counters.doc_created, days: { '22-11-2026': 1 } } }).success).toBe(false);
  });
});
