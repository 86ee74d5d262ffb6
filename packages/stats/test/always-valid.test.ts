import { describe, expect, it } from 'vitest';
import { alwaysValidSequence, alwaysValidTest, compareProportions, type Look } from '../src/index.ts';
import { mulberry32 } from '../../../test/support/mulberry32.ts';

/** Binomial(n, p) draw as a sum of Bernoulli trials: exact, and fast enough for n in the hundreds. */
function binomial(random: () => number, n: number, p: number): number {
  let successes = 0;
  for (let i = 0; i < n; i++) if (random() < p) successes++;
  return successes;
}

const EXPERIMENTS = 2_000;
const LOOKS = 30;
const USERS_PER_LOOK = 100; // per arm, so the last look has 3,000 users per arm
const BASELINE = 0.1;
const ALPHA = 0.05;

/** Cumulative counts of one A/A experiment at each look: both arms convert at the same true rate. */
function aaExperiment(random: () => number): Look[] {
  const control = { exposed: 0, converted: 0 };
  const variant = { exposed: 0, converted: 0 };
  const looks: Look[] = [];
  for (let look = 0; look < LOOKS; look++) {
    control.exposed += USERS_PER_LOOK;
    control.converted += binomial(random, USERS_PER_LOOK, BASELINE);
    variant.exposed += USERS_PER_LOOK;
    variant.converted += binomial(random, USERS_PER_LOOK, BASELINE);
    looks.push({ control: { ...control }, variant: { ...variant } });
  }
  return looks;
}

describe('always-valid p-value under continuous monitoring', () => {
  it('2,000 A/A experiments looked at 30 times: always-valid rejects in at most 5%, naive peeking in clearly more', () => {
    const random = mulberry32(20_261_122);
    let alwaysValidRejections = 0;
    let naiveRejections = 0;
    for (let e = 0; e < EXPERIMENTS; e++) {
      const looks = aaExperiment(random);
      const sequence = alwaysValidSequence(looks);
      // Running minimum: the last value is the smallest p-value seen at any look.
      if (sequence[LOOKS - 1]!.pValue < ALPHA) alwaysValidRejections++;
      if (looks.some((look) => compareProportions(look.control, look.variant).pValue < ALPHA)) naiveRejections++;
    }
    const alwaysValidRate = alwaysValidRejections / EXPERIMENTS;
    const naiveRate = naiveRejections / EXPERIMENTS;
    console.log(
      `A/A simulation (${EXPERIMENTS} experiments × ${LOOKS} looks, up to ${LOOKS * USERS_PER_LOOK} users per arm, rate ${BASELINE}): ` +
        `always-valid rejected ${(alwaysValidRate * 100).toFixed(2)}%, naive repeated p-values rejected ${(naiveRate * 100).toFixed(2)}%`,
    );
    expect(alwaysValidRate).toBeLessThanOrEqual(0.05);
    expect(naiveRate).toBeGreaterThanOrEqual(0.1);
  });

  it('never rises when the results are recomputed over a series of looks', () => {
    const looks = aaExperiment(mulberry32(7));
    const pValues = alwaysValidSequence(looks).map((result) => result.pValue);
    for (let i = 1; i < pValues.length; i++) expect(pValues[i]).toBeLessThanOrEqual(pValues[i - 1]!);
    const single = looks.map((look) => alwaysValidTest(look.control, look.variant).pValue);
    expect(pValues[LOOKS - 1]).toBe(Math.min(...single));
  });

  it('detects a real 30% lift and its confidence sequence excludes zero', () => {
    const result = alwaysValidTest({ exposed: 5_000, converted: 500 }, { exposed: 5_000, converted: 650 });
    expect(result.pValue).toBeLessThan(0.01);
    expect(result.interval.low).toBeGreaterThan(0);
    expect(result.interval.high).toBeGreaterThan(0.03);
  });

  it('is more demanding than the fixed-horizon test on the same data, and its interval is wider', () => {
    const control = { exposed: 2_000, converted: 200 };
    const variant = { exposed: 2_000, converted: 245 };
    const fixed = compareProportions(control, variant);
    const sequential = alwaysValidTest(control, variant);
    expect(fixed.pValue).toBeLessThan(0.05);
    expect(sequential.pValue).toBeGreaterThan(fixed.pValue);
    expect(sequential.interval.low).toBeLessThan(fixed.absoluteLift.low);
    expect(sequential.interval.high).toBeGreaterThan(fixed.absoluteLift.high);
  });

  it('returns finite values with no data, zero conversions or 100% conversion', () => {
    const cases = [
      [
        { exposed: 0, converted: 0 },
        { exposed: 0, converted: 0 },
      ],
      [
        { exposed: 500, converted: 0 },
        { exposed: 500, converted: 0 },
      ],
      [
        { exposed: 500, converted: 500 },
        { exposed: 500, converted: 500 },
      ],
      [
        { exposed: 500, converted: 0 },
        { exposed: 500, converted: 500 },
      ],
    ] as const;
    for (const [control, variant] of cases) {
      const result = alwaysValidTest(control, variant);
      for (const value of [result.pValue, result.interval.estimate, result.interval.low, result.interval.high]) {
        expect(Number.isFinite(value)).toBe(true);
      }
    }
    expect(alwaysValidTest({ exposed: 500, converted: 0 }, { exposed: 500, converted: 500 }).pValue).toBeLessThan(1e-6);
  });
});
