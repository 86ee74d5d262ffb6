import { describe, expect, it } from 'vitest';
import { matchPath } from '../src/index.ts';

describe('matchPath', () => {
  it.each([
    ['*', '/', true],
    ['*', '/anything/at/all', true],
    ['/docs', '/docs', true],
    ['/docs', '/docs/', false],
    ['/docs', '/docs/1', false],
    ['/docs/*', '/docs/1', true],
    ['/docs/*', '/docs/1/edit', true],
    ['/docs/*', '/docs', false],
    ['/docs*', '/docs', true],
    ['/projects/*/settings', '/projects/42/settings', true],
    ['/projects/*/settings', '/projects/42/billing', false],
    ['/a.b', '/axb', false],
    ['/(x)+', '/(x)+', true],
    ['/pricing?plan=*', '/pricing?plan=pro', true],
  ])('%s on %s → %s', (pattern, path, expected) => {
    expect(matchPath(pattern, path)).toBe(expected);
  });
});
