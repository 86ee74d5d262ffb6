import chiSquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import { describe, expect, it } from 'vitest';
import { sampleRatioMismatch } from '../src/index.ts';

describe('sample-ratio mismatch', () => {
  it('flags a 50/50 split observed as 5,000 / 5,400 (p ≈ 8.8e-5)', () => {
    const srm = sampleRatioMismatch([5_000, 5_400], [50, 50]);
    console.log(`SRM 5,000 / 5,400: chi-square ${srm.chiSquare.toFixed(4)}, p = ${srm.pValue.toExponential(3)}`);
    expect(Number(srm.pValue.toPrecision(2))).toBe(8.8e-5);
    expect(srm.flagged).toBe(true);
  });

  it('does not flag 5,000 / 5,300 (p ≈ 0.0031) nor 5,000 / 5,050', () => {
    const near = sampleRatioMismatch([5_000, 5_300], [50, 50]);
    const close = sampleRatioMismatch([5_000, 5_050], [50, 50]);
    console.log(`SRM 5,000 / 5,300: p = ${near.pValue.toPrecision(3)}; 5,000 / 5,050: p = ${close.pValue.toPrecision(3)}`);
    expect(Number(near.pValue.toPrecision(2))).toBe(0.0031);
    expect(near.flagged).toBe(false);
    expect(close.flagged).toBe(false);
    expect(close.pValue).toBeGreaterThan(0.5);
  });

  it('tests unequal weights and more than two arms against @stdlib chi-square', () => {
    // Weights 45/45/10 (a holdout of 10%); expected 4,500 / 4,500 / 1,000 of 10,000.
    const srm = sampleRatioMismatch([4_400, 4_580, 1_020], [45, 45, 10]);
    const chiSquare = 100 ** 2 / 4_500 + 80 ** 2 / 4_500 + 20 ** 2 / 1_000;
    expect(srm.chiSquare).toBeCloseTo(chiSquare, 10);
    expect(srm.degreesOfFreedom).toBe(2);
    expect(srm.pValue).toBeCloseTo(1 - chiSquareCdf(chiSquare, 2), 12);
    expect(srm.flagged).toBe(false);
    // The same split read as 50/50/0 is a mismatch: users reached an arm with no traffic.
    expect(sampleRatioMismatch([4_400, 4_580, 1_020], [50, 50, 0]).flagged).toBe(true);
  });

  it('does not flag an experiment nobody has seen yet', () => {
    expect(sampleRatioMismatch([0, 0], [1, 1])).toMatchObject({ pValue: 1, flagged: false });
  });
});
