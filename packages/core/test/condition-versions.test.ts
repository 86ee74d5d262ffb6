import { describe, expect, it } from 'vitest';
import { evalCondition } from '../src/index.ts';

const on = (version: unknown, condition: Record<string, unknown>) => evalCondition({ version }, { version: condition });

describe('evalCondition: version operators', () => {
  it('orders numeric parts as numbers, not text', () => {
    expect(on('1.10.0', { $vgt: '1.9.0' })).toBe(true);
    expect(on('1.10.0', { $gt: '1.9.0' })).toBe(false);
    expect(on('2.0.0', { $vgte: '2.0.0', $vlt: '10.0.0' })).toBe(true);
  });

  it('puts a pre-release before its release and orders pre-release tags', () => {
    expect(on('1.0.0-beta', { $vlt: '1.0.0' })).toBe(true);
    expect(on('1.0.0-beta.2', { $vgt: '1.0.0-beta.1' })).toBe(true);
    expect(on('1.0.0-rc.1', { $vgt: '1.0.0-beta.9' })).toBe(true);
  });

  it('ignores a leading v and build metadata', () => {
    expect(on('v1.2.3', { $veq: '1.2.3' })).toBe(true);
    expect(on('1.2.3+build.7', { $veq: '1.2.3' })).toBe(true);
    expect(on('1.2.4', { $vne: '1.2.3' })).toBe(true);
  });

  it('reads numbers and treats missing or empty versions as 0', () => {
    expect(on(2, { $vgt: '1.9.9' })).toBe(true);
    expect(evalCondition({}, { version: { $vlte: '0' } })).toBe(true);
    expect(on('', { $veq: '0' })).toBe(true);
  });
});
