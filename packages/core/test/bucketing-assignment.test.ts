import { describe, expect, it } from 'vitest';
import { chooseVariation, getBucketRanges, getEqualWeights, hash, inNamespace } from '../src/index.ts';

describe('hash', () => {
  it('is stable for a user and spreads users evenly over [0, 1)', () => {
    expect(hash('exp-checkout', 'user-1', 2)).toBe(hash('exp-checkout', 'user-1', 2));
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 20_000; i++) counts[Math.floor(hash('exp-checkout', `user-${i}`, 2)! * 4)]!++;
    for (const count of counts) expect(count).toBeGreaterThan(4_700);
  });

  it('hashes UTF-16 text the way GrowthBook does, unicode included', () => {
    expect(hash('', 'a', 1)).toBe(0.22);
    expect(hash('seed', 'a', 2)).toBe(0.0505);
    expect(hash('ß', '😀', 2)).toBe(hash('ß', '😀', 2));
  });

  it('returns null for an unknown hash version', () => {
    expect(hash('seed', 'user', 3)).toBeNull();
    expect(hash('seed', 'user', 0)).toBeNull();
  });
});

describe('getBucketRanges and chooseVariation', () => {
  it('splits by weight and keeps each variation at the start of its slice when coverage shrinks', () => {
    expect(getBucketRanges(3, 1, [0.5, 0.25, 0.25])).toEqual([
      [0, 0.5],
      [0.5, 0.75],
      [0.75, 1],
    ]);
    expect(getBucketRanges(2, 0.5)).toEqual([
      [0, 0.25],
      [0.5, 0.75],
    ]);
  });

  it('never moves a user to another variation when coverage grows', () => {
    for (let i = 0; i < 2_000; i++) {
      const n = hash('exp', `u${i}`, 2)!;
      const small = chooseVariation(n, getBucketRanges(3, 0.3));
      const large = chooseVariation(n, getBucketRanges(3, 0.9));
      if (small !== -1) expect(large).toBe(small);
    }
  });

  it('clamps coverage and falls back to equal weights for invalid weights, without throwing', () => {
    expect(getBucketRanges(2, 7)).toEqual(getBucketRanges(2, 1));
    expect(getBucketRanges(2, -1)).toEqual(getBucketRanges(2, 0));
    expect(getBucketRanges(2, 1, [0.9, 0.9])).toEqual(getBucketRanges(2, 1));
    expect(getBucketRanges(2, 1, [1])).toEqual(getBucketRanges(2, 1));
    expect(getBucketRanges(2.5)).toEqual([]);
  });

  it('chooses the range that holds the value, start inclusive, end exclusive, else -1', () => {
    const ranges = getBucketRanges(2, 0.5);
    expect(chooseVariation(0, ranges)).toBe(0);
    expect(chooseVariation(0.25, ranges)).toBe(-1);
    expect(chooseVariation(0.5, ranges)).toBe(1);
    expect(chooseVariation(0.9, ranges)).toBe(-1);
  });
});

describe('inNamespace', () => {
  it('puts each user in exactly one of two complementary namespace slices', () => {
    for (let i = 0; i < 500; i++) {
      const user = `user-${i}`;
      expect(inNamespace(user, ['pricing', 0, 0.4]) !== inNamespace(user, ['pricing', 0.4, 1])).toBe(true);
    }
  });
});

describe('getEqualWeights', () => {
  it('gives n equal weights that sum to 1, none for n ≤ 0 or a fractional n', () => {
    expect(getEqualWeights(4)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(getEqualWeights(3).reduce((a, b) => a + b)).toBeCloseTo(1);
    expect(getEqualWeights(0)).toEqual([]);
    expect(getEqualWeights(-2)).toEqual([]);
    expect(getEqualWeights(1.5)).toEqual([]);
  });
});
