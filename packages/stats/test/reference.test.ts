import chiSquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import stdlibGammaIncomplete from '@stdlib/math-base-special-gammainc';
import stdlibLogGamma from '@stdlib/math-base-special-gammaln';
import stdlibNormalCdf from '@stdlib/stats-base-dists-normal-cdf';
import stdlibNormalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { describe, expect, it } from 'vitest';
import { chiSquareSurvival, compareProportions, normalCdf, normalQuantile } from '../src/index.ts';
import { gammaP } from '../src/incomplete-gamma.ts';
import { logGamma } from '../src/log-gamma.ts';

// Each case is a two-sided R call `prop.test(x = c(variant, control), n = c(...), correct = FALSE)`
// whose printed output was published in a public R analysis (quoted in the comment); R reports the
// interval for prop 1 − prop 2, i.e. variant − control here. Published values carry the digits R
// printed; each value is asserted to round to exactly what R printed, and to lie within 1e-4 of it.
interface PublishedCase {
  source: string;
  variant: { converted: number; exposed: number };
  control: { converted: number; exposed: number };
  xSquared: number;
  pValue: number;
  low: number;
  high: number;
  /** Significant digits R printed for X-squared and the p-value; decimals for the interval ends. */
  digits: { xSquared: number; pValue: number; intervalDecimals: number };
}

function roundsTo(value: number, printed: number, significantDigits: number): boolean {
  return Number(value.toPrecision(significantDigits)) === printed;
}

function roundsToDecimals(value: number, printed: number, decimals: number): boolean {
  return Number(value.toFixed(decimals)) === printed;
}

const published: PublishedCase[] = [
  {
    source:
      'R: prop.test(c(86, 57), c(600, 1024), correct = FALSE) → X-squared = 36.211, p-value = 1.771e-09, CI 0.05631097 0.11902757 (wild-dog feeding analysis script)',
    variant: { converted: 86, exposed: 600 },
    control: { converted: 57, exposed: 1024 },
    xSquared: 36.211,
    digits: { xSquared: 5, pValue: 4, intervalDecimals: 8 },
    pValue: 1.771e-9,
    low: 0.05631097,
    high: 0.11902757,
  },
  {
    source:
      'R: prop.test(x = c(6, 12), n = rep(50, 2), correct = F) → X-squared = 2.439, p-value = 0.1183 (by hand 0.1183498), CI -0.26875081 0.02875081 (textbook exercise 7.4 solutions)',
    variant: { converted: 6, exposed: 50 },
    control: { converted: 12, exposed: 50 },
    xSquared: 2.439,
    digits: { xSquared: 4, pValue: 7, intervalDecimals: 8 },
    pValue: 0.1183498,
    low: -0.26875081,
    high: 0.02875081,
  },
  {
    source:
      'R: prop.test(matrix(c(16, 2, 12, 11), 2), correct = FALSE) → X-squared = 6.2859, p-value = 0.01217, CI 0.1491317 0.6860332 (z-test vs chi-square write-up)',
    variant: { converted: 16, exposed: 28 },
    control: { converted: 2, exposed: 13 },
    xSquared: 6.2859,
    digits: { xSquared: 5, pValue: 4, intervalDecimals: 7 },
    pValue: 0.01217,
    low: 0.1491317,
    high: 0.6860332,
  },
  {
    source:
      'R: prop.test(x = c(7297, 6691), c(30817, 30193), correct = FALSE) → X-squared = 19.9, p-value = 8.2e-06, CI 0.0085083 0.0218461 (course notes on proportion tests)',
    variant: { converted: 7297, exposed: 30817 },
    control: { converted: 6691, exposed: 30193 },
    xSquared: 19.9,
    digits: { xSquared: 3, pValue: 2, intervalDecimals: 7 },
    pValue: 8.2e-6,
    low: 0.0085083,
    high: 0.0218461,
  },
  {
    source:
      'R: prop.test(c(171, 200), c(305, 305), correct = FALSE) → X-squared = 5.7857, p-value = 0.01616, CI -0.1721900 -0.0179739 (anxiety follow-up analysis)',
    variant: { converted: 171, exposed: 305 },
    control: { converted: 200, exposed: 305 },
    xSquared: 5.7857,
    digits: { xSquared: 5, pValue: 4, intervalDecimals: 7 },
    pValue: 0.01616,
    low: -0.17219,
    high: -0.0179739,
  },
  {
    source:
      'R: prop.test(x = c(403, 89), n = c(1500, 500), correct = F) → X-squared = 16.62, p-value = 4.568e-05, CI 0.05032654 0.13100680 (simulated clinical-trial power tutorial)',
    variant: { converted: 403, exposed: 1500 },
    control: { converted: 89, exposed: 500 },
    xSquared: 16.62,
    digits: { xSquared: 4, pValue: 4, intervalDecimals: 8 },
    pValue: 4.568e-5,
    low: 0.05032654,
    high: 0.1310068,
  },
];

/** Independent oracle: the same textbook formulas evaluated with @stdlib's distribution functions. */
function stdlibOracle(c: PublishedCase) {
  const p1 = c.variant.converted / c.variant.exposed;
  const p2 = c.control.converted / c.control.exposed;
  const pooled = (c.variant.converted + c.control.converted) / (c.variant.exposed + c.control.exposed);
  const x2 = (p1 - p2) ** 2 / (pooled * (1 - pooled) * (1 / c.variant.exposed + 1 / c.control.exposed));
  const z = stdlibNormalQuantile(0.975, 0, 1);
  const se = Math.sqrt((p1 * (1 - p1)) / c.variant.exposed + (p2 * (1 - p2)) / c.control.exposed);
  const logSe = Math.sqrt(1 / c.variant.converted - 1 / c.variant.exposed + 1 / c.control.converted - 1 / c.control.exposed);
  const ratio = p1 / p2;
  return {
    x2,
    pValue: 1 - chiSquareCdf(x2, 1),
    low: p1 - p2 - z * se,
    high: p1 - p2 + z * se,
    relativeLow: ratio * Math.exp(-z * logSe) - 1,
    relativeHigh: ratio * Math.exp(z * logSe) - 1,
  };
}

describe('two-proportion comparison against published R prop.test(correct = FALSE) output', () => {
  it.each(published)('$source', (c) => {
    const result = compareProportions(c.control, c.variant);
    expect(Math.abs(result.pValue - c.pValue)).toBeLessThan(1e-4);
    expect(Math.abs(result.absoluteLift.low - c.low)).toBeLessThan(1e-4);
    expect(Math.abs(result.absoluteLift.high - c.high)).toBeLessThan(1e-4);
    // Rounded as R printed them: the statistic, the p-value (also when tiny) and the interval.
    expect(roundsTo(result.zScore ** 2, c.xSquared, c.digits.xSquared)).toBe(true);
    expect(roundsTo(result.pValue, c.pValue, c.digits.pValue)).toBe(true);
    expect(roundsToDecimals(result.absoluteLift.low, c.low, c.digits.intervalDecimals)).toBe(true);
    expect(roundsToDecimals(result.absoluteLift.high, c.high, c.digits.intervalDecimals)).toBe(true);
  });
});

describe('two-proportion comparison against an independent @stdlib oracle', () => {
  it.each(published)('matches to 1e-10, relative-lift interval included: $source', (c) => {
    const result = compareProportions(c.control, c.variant);
    const oracle = stdlibOracle(c);
    expect(result.pValue).toBeCloseTo(oracle.pValue, 10);
    expect(result.absoluteLift.low).toBeCloseTo(oracle.low, 10);
    expect(result.absoluteLift.high).toBeCloseTo(oracle.high, 10);
    expect(result.relativeLift?.low).toBeCloseTo(oracle.relativeLow, 10);
    expect(result.relativeLift?.high).toBeCloseTo(oracle.relativeHigh, 10);
  });

  it('puts the relative lift estimate inside its interval and never below -100%', () => {
    for (const c of published) {
      const lift = compareProportions(c.control, c.variant).relativeLift!;
      expect(lift.low).toBeGreaterThan(-1);
      expect(lift.low).toBeLessThan(lift.estimate);
      expect(lift.high).toBeGreaterThan(lift.estimate);
    }
  });
});

describe('special functions against @stdlib', () => {
  it('normal CDF agrees across the range, tails to relative 1e-12', () => {
    for (const z of [-30, -12, -8.5, -5, -3.2, -1.96, -0.5, 0, 0.3, 1.2, 2.58, 4, 7.9]) {
      const expected = stdlibNormalCdf(z, 0, 1);
      expect(Math.abs(normalCdf(z) - expected)).toBeLessThanOrEqual(1e-12 * Math.max(expected, 1e-300) + 1e-16);
    }
  });

  it('normal quantile inverts the CDF and matches @stdlib in the body', () => {
    for (const p of [1e-12, 1e-6, 0.001, 0.025, 0.2, 0.5, 0.8, 0.975, 0.999, 1 - 1e-9]) {
      expect(normalCdf(normalQuantile(p)) / p).toBeCloseTo(1, 9);
    }
    // Far tails are checked by inversion only: there @stdlib's quantile is the less exact of the two.
    for (const p of [0.001, 0.025, 0.2, 0.5, 0.8, 0.975, 0.999]) {
      expect(normalQuantile(p)).toBeCloseTo(stdlibNormalQuantile(p, 0, 1), 10);
    }
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
  });

  it('chi-square upper tail, incomplete gamma and log-gamma agree', () => {
    for (const [x, k] of [
      [0.5, 1],
      [3.84, 1],
      [15.38, 1],
      [7.8, 3],
      [40, 9],
      [120, 100],
    ] as const) {
      expect(chiSquareSurvival(x, k)).toBeCloseTo(1 - chiSquareCdf(x, k), 12);
      expect(gammaP(k / 2, x / 2)).toBeCloseTo(stdlibGammaIncomplete(x / 2, k / 2), 12);
    }
    for (const x of [0.1, 0.5, 1, 2.5, 10, 171.5, 1e4, 1e6]) {
      expect(Math.abs(logGamma(x) - stdlibLogGamma(x))).toBeLessThan(1e-12 * Math.max(1, Math.abs(stdlibLogGamma(x))));
    }
  });
});
