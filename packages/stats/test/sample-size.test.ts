import { describe, expect, it } from 'vitest';
import { sampleSize } from '../src/index.ts';

describe('sample-size calculator', () => {
  it('matches the examples of R power.prop.test (help page: "=> n = 76.7", "=> n = 10451937")', () => {
    // power.prop.test(p1 = .50, p2 = .75, power = .90): baseline 50%, +50% relative.
    expect(sampleSize({ baselineRate: 0.5, minimumDetectableEffect: 0.5, power: 0.9 }).exact).toBeCloseTo(76.7, 1);
    // power.prop.test(p1 = .5, p2 = 0.501, sig.level = .001, power = 0.90): +0.2% relative.
    const tiny = sampleSize({ baselineRate: 0.5, minimumDetectableEffect: 0.002, alpha: 0.001, power: 0.9 });
    expect(Math.abs(tiny.exact / 10_451_937 - 1)).toBeLessThan(1e-4);
  });

  it('answers the usual planning question in whole users', () => {
    // 10% baseline, detect +20% (10% → 12%), alpha 0.05, power 0.8; worked by hand:
    // (1.959964·√(2·0.11·0.89) + 0.841621·√(0.09 + 0.1056))² / 0.02² = 3,840.85 → 3,841 per arm.
    const plan = sampleSize({ baselineRate: 0.1, minimumDetectableEffect: 0.2 });
    expect(plan.usersPerVariant).toBe(3_841);
    expect(plan.exact).toBeCloseTo(3_840.85, 2);
  });

  it('needs more users for smaller effects and more power', () => {
    const base = sampleSize({ baselineRate: 0.05, minimumDetectableEffect: 0.1 }).usersPerVariant;
    expect(sampleSize({ baselineRate: 0.05, minimumDetectableEffect: 0.05 }).usersPerVariant).toBeGreaterThan(3.5 * base);
    expect(sampleSize({ baselineRate: 0.05, minimumDetectableEffect: 0.1, power: 0.9 }).usersPerVariant).toBeGreaterThan(base);
  });

  it('rejects inputs no experiment can have', () => {
    expect(() => sampleSize({ baselineRate: 0, minimumDetectableEffect: 0.1 })).toThrow(RangeError);
    expect(() => sampleSize({ baselineRate: 0.6, minimumDetectableEffect: 1 })).toThrow(RangeError);
    expect(() => sampleSize({ baselineRate: 0.1, minimumDetectableEffect: 0 })).toThrow(RangeError);
  });
});
