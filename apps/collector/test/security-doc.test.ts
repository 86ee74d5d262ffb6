// @vitest-environment node
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { HEADERS_TIMEOUT_MS, REQUEST_TIMEOUT_MS } from '../src/http/request-timeouts.ts';
import { DEFAULT_REPORT_TIMEOUT_MS } from '../src/store/report-timeout.ts';

/** docs/SECURITY.md, whose every statement is to be checked against the source it names. */
const doc = readFileSync(new URL('../../../docs/SECURITY.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');

test("SECURITY.md's known limits state the collector's own request timeouts, not node's defaults", () => {
  expect(doc).toContain(
    `headers must arrive within ${HEADERS_TIMEOUT_MS / 1000} s and the whole request within ${REQUEST_TIMEOUT_MS / 1000} s`,
  );
  expect(doc).not.toMatch(/keeps node's defaults/);
});

test('SECURITY.md names both storage engines and the retention PostgreSQL has', () => {
  expect(doc).toMatch(/in one SQLite file \(the default: one process\) or one PostgreSQL database/);
  expect(doc).toMatch(/On SQLite events are kept forever\. On PostgreSQL, `GROWTHKIT_RETENTION_DAYS=N` drops whole months/);
  expect(doc).not.toMatch(/there is no retention limit/);
});

test("SECURITY.md's known limits state the report time limit of both engines, and what a stopped SQLite statement costs", () => {
  expect(doc).toContain(`each report statement may run ${DEFAULT_REPORT_TIMEOUT_MS / 1000} s, on SQLite as on PostgreSQL`);
  expect(doc).toMatch(/SQLite's driver cannot, so the report thread is dropped/);
});
