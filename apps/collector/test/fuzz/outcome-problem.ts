import type { IngestResult } from '@growthkit/core';
import type { Expectation } from './fuzz-case.ts';
import type { HttpOutcome } from './http-exchange.ts';
import type { RawOutcome } from './raw-exchange.ts';

/** A cut upload on an oversized body: the server answered 413 and closed before the client finished writing. */
const CUT_CODES = ['ECONNRESET', 'EPIPE'];

function parsed(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

function httpProblem(expect: Exclude<Expectation, { answer: 'refused-or-closed' }>, outcome: HttpOutcome): string | undefined {
  if ('error' in outcome) {
    const cutAllowed = expect.answer === 'refusal' && expect.orCut && CUT_CODES.includes(outcome.error);
    return cutAllowed ? undefined : `no answer: ${outcome.error}`;
  }
  const body = parsed(outcome.body);
  if (!String(outcome.headers['content-type']).startsWith('application/json'))
    return `${outcome.status} is not JSON: ${outcome.body.slice(0, 200)}`;
  if (expect.answer === 'refusal') {
    const error = (body as { error?: { code?: string; field?: string; message?: unknown } } | undefined)?.error;
    const wanted = { status: expect.status, code: expect.code, field: expect.field };
    const got = { status: outcome.status, code: error?.code, field: error?.field };
    if (JSON.stringify(wanted) !== JSON.stringify(got))
      return `wanted ${JSON.stringify(wanted)}, got ${JSON.stringify(got)} ${outcome.body.slice(0, 200)}`;
    return typeof error?.message === 'string' && error.message.length > 0 ? undefined : 'the refusal has no message';
  }
  if (outcome.status !== 200) return `wanted 200, got ${outcome.status} ${outcome.body.slice(0, 300)}`;
  const result = body as IngestResult;
  const rejected = result.rejected.map(({ index, field }) => ({ index, field }));
  if (JSON.stringify(rejected) !== JSON.stringify(expect.rejected)) {
    return `wanted rejected ${JSON.stringify(expect.rejected)}, got ${JSON.stringify(result.rejected).slice(0, 600)}`;
  }
  if (result.rejected.some((rejection) => rejection.message.length === 0)) return 'a rejection has no message';
  const answered = result.accepted + result.duplicates;
  return answered === expect.valid.length ? undefined : `wanted ${expect.valid.length} accepted or duplicate, got ${answered}`;
}

function rawProblem(outcome: RawOutcome): string | undefined {
  if (outcome.closedBy === 'timeout') return `the server neither answered nor closed in time (status ${outcome.status || 'none'})`;
  if (outcome.closedBy !== 'server' || outcome.status === 0) return undefined;
  if (outcome.status < 400 || outcome.status >= 500) return `answered ${outcome.status}`;
  const error = (parsed(outcome.body) as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  if (typeof error?.code === 'string' && typeof error.message === 'string') return undefined;
  return `answered ${outcome.status} without a JSON error: ${outcome.body.slice(0, 100)}`;
}

/** What is wrong with how the collector answered one case, in words; undefined when it answered as it must. */
export function outcomeProblem(expect: Expectation, outcome: HttpOutcome | RawOutcome): string | undefined {
  if (expect.answer === 'refused-or-closed') return rawProblem(outcome as RawOutcome);
  return httpProblem(expect, outcome as HttpOutcome);
}
