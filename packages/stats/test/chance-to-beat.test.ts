import betaCdf from '@stdlib/stats-base-dists-beta-cdf';
import betaPdf from '@stdlib/stats-base-dists-beta-pdf';
import { describe, expect, it } from 'vitest';
import { chanceToBeatControl, type ConversionCounts } from '../src/index.ts';

/** Composite Simpson's rule weights: 1 at both ends, then alternately 4 (odd points) and 2 (even points). */
function simpsonWeight(i: number, steps: number): number {
  if (i === 0 || i === steps) return 1;
  return i % 2 === 1 ? 4 : 2;
}

/**
 * Independent check: P(B > A) = ∫ f_A(x) · (1 − F_B(x)) dx with @stdlib's Beta density and CDF,
 * by composite Simpson's rule on a fine grid over the range where the control's posterior lives.
 */
function integrated(control: ConversionCounts, variant: ConversionCounts): number {
  const [a1, b1] = [1 + control.converted, 1 + control.exposed - control.converted];
  const [a2, b2] = [1 + variant.converted, 1 + variant.exposed - variant.converted];
  const mean = a1 / (a1 + b1);
  const sd = Math.sqrt((a1 * b1) / ((a1 + b1) ** 2 * (a1 + b1 + 1)));
  const from = Math.max(0, mean - 12 * sd);
  const to = Math.min(1, mean + 12 * sd);
  const steps = 20_000;
  const h = (to - from) / steps;
  let sum = 0;
  for (let i = 0; i <= steps; i++) {
    const x = from + i * h;
    sum += simpsonWeight(i, steps) * betaPdf(x, a1, b1) * (1 - betaCdf(x, a2, b2));
  }
  return (sum * h) / 3;
}

describe('chance to beat control (Beta-Binomial, Beta(1, 1) prior)', () => {
  it('is exactly one half for identical arms', () => {
    expect(chanceToBeatControl({ exposed: 1_000, converted: 100 }, { exposed: 1_000, converted: 100 })).toBeCloseTo(0.5, 10);
    expect(chanceToBeatControl({ exposed: 0, converted: 0 }, { exposed: 0, converted: 0 })).toBeCloseTo(0.5, 12);
  });

  it.each([
    [
      { exposed: 1_000, converted: 100 },
      { exposed: 1_000, converted: 120 },
    ],
    [
      { exposed: 200, converted: 30 },
      { exposed: 180, converted: 20 },
    ],
    [
      { exposed: 5_000, converted: 500 },
      { exposed: 5_100, converted: 560 },
    ],
    [
      { exposed: 40, converted: 2 },
      { exposed: 45, converted: 9 },
    ],
    [
      { exposed: 20_000, converted: 1_900 },
      { exposed: 20_000, converted: 2_000 },
    ],
  ])('agrees with numerical integration to 1e-6: control %o, variant %o', (control, variant) => {
    expect(Math.abs(chanceToBeatControl(control, variant) - integrated(control, variant))).toBeLessThan(1e-6);
  });

  it('is symmetric: P(B > A) + P(A > B) = 1', () => {
    const a = { exposed: 800, converted: 64 };
    const b = { exposed: 750, converted: 71 };
    expect(chanceToBeatControl(a, b) + chanceToBeatControl(b, a)).toBeCloseTo(1, 12);
  });

  it('stays within [0, 1] and finite for zero and full conversion, and large counts', () => {
    const values = [
      chanceToBeatControl({ exposed: 500, converted: 0 }, { exposed: 500, converted: 500 }),
      chanceToBeatControl({ exposed: 500, converted: 500 }, { exposed: 500, converted: 0 }),
      chanceToBeatControl({ exposed: 0, converted: 0 }, { exposed: 100, converted: 0 }),
      chanceToBeatControl({ exposed: 1_000_000, converted: 50_000 }, { exposed: 1_000_000, converted: 50_600 }),
    ];
    for (const value of values) {
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect(values[0]).toBeGreaterThan(0.999999);
    expect(values[1]).toBeLessThan(1e-6);
    expect(values[3]).toBeGreaterThan(0.97);
  });
});
