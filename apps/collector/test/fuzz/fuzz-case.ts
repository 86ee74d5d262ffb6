import type { EventInput } from '@growthkit/core';

/** The kinds of malformed request the fuzzer makes; each is counted and timed on its own. */
export const FUZZ_KINDS = [
  'valid',
  'broken-json',
  'wrong-types',
  'huge',
  'deep',
  'invalid-utf8',
  'proto-keys',
  'sql',
  'duplicates',
  'content-type',
  'cut',
  'raw-line',
  'keys',
  'empty-batch',
  'not-array',
] as const;

export type FuzzKind = (typeof FUZZ_KINDS)[number];

/** A request made with node:http on the shared keep-alive agent. */
export interface HttpRequestSpec {
  via: 'http';
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** sent in pieces without a declared length (Transfer-Encoding: chunked) */
  chunked?: boolean;
}

/** Bytes written on a fresh TCP connection, then a half-close (`fin`), a reset, or nothing: the server must close. */
export interface RawRequestSpec {
  via: 'raw';
  bytes: Buffer;
  ending: 'fin' | 'reset' | 'wait';
}

export type Expectation =
  /** 200: exactly these indices rejected, naming these fields; `valid` events accepted or counted as duplicates */
  | { answer: 'batch'; valid: EventInput[]; rejected: { index: number; field: string }[] }
  /** a 4xx whose JSON body names the problem; `orCut`: the server may instead cut the connection (oversized body) */
  | { answer: 'refusal'; status: number; code: string; field?: string; orCut?: boolean }
  /** a raw exchange: a 4xx answer, or the connection closed by the server, in time; never a success */
  | { answer: 'refused-or-closed' };

export interface FuzzCase {
  kind: FuzzKind;
  request: HttpRequestSpec | RawRequestSpec;
  expect: Expectation;
}
