// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from 'vitest';
import { createGrowthKit } from '../src/index.ts';

// A bundling host's module may run createGrowthKit again while its first instance runs: a hot reload without a
// dispose, an effect React's StrictMode runs twice. A second instance would show every widget twice and send every
// page view twice.

const OPTIONS = { key: 'pk_demo', endpoint: 'http://collector.test' };
const answered = vi.fn(async () => new Response(null, { status: 503 }));
vi.stubGlobal('fetch', answered);
afterEach(() => vi.restoreAllMocks());

test('createGrowthKit again for a running project gives its instance back, warning once with the fix; after destroy() it starts a new one', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const first = createGrowthKit(OPTIONS);
  expect(createGrowthKit({ ...OPTIONS })).toBe(first);
  expect(createGrowthKit(OPTIONS)).toBe(first);
  expect(warn.mock.calls).toEqual([
    [expect.stringMatching(/^growthkit: createGrowthKit was called again .* call destroy\(\) on it first/)],
  ]);

  // another project on the same page is its own
  const other = createGrowthKit({ ...OPTIONS, key: 'pk_other' });
  expect(other).not.toBe(first);

  first.destroy();
  const next = createGrowthKit(OPTIONS);
  expect(next).not.toBe(first);
  // destroying an instance that was replaced does not end its successor's registration
  first.destroy();
  expect(createGrowthKit(OPTIONS)).toBe(next);
  next.destroy();
  other.destroy();
});
