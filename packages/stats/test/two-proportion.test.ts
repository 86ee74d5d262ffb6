import { describe, expect, it } from 'vitest';
import { alwaysValidTest, compareProportions } from '../src/index.ts';

describe('intervals at 0 % and 100 % conversion', () => {
  it('gives both arms at 100 % a lift interval with a width (0.5 added to successes and failures), not "0% to 0%"', () => {
    const all = { exposed: 120, converted: 120 };
    const lift = compareProportions(all, all).relativeLift!;
    // Katz variance with the correction: 2 · (1/120.5 − 1/121) = 6.8588e-5, SE = 0.0082818, z·SE = 1.959964 · SE = 0.016232,
    // so exp(−0.016232) − 1 = −1.61 % and exp(0.016232) − 1 = +1.64 %.
    const se = Math.sqrt(2 * (1 / 120.5 - 1 / 121));
    expect(lift.estimate).toBe(0);
    expect(lift.low).toBeCloseTo(Math.exp(-1.959963984540054 * se) - 1, 12);
    expect(lift.high).toBeCloseTo(Math.exp(1.959963984540054 * se) - 1, 12);
    expect(lift.low).toBeCloseTo(-0.0161, 4);
    // the always-valid interval too: the variance of rates with a success and a failure added is 2 · (121/122)(1/122)/120
    const sequential = alwaysValidTest(all, all);
    expect(sequential.pValue).toBe(1);
    expect(sequential.interval.high - sequential.interval.low).toBeGreaterThan(0.02);
  });
});
