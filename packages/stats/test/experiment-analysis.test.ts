import { describe, expect, it } from 'vitest';
import { analyzeExperiment, type Arm, type ExperimentAnalysis } from '../src/index.ts';

function numbersIn(analysis: ExperimentAnalysis): number[] {
  const found: number[] = [];
  JSON.stringify(analysis, (_key, value: unknown) => {
    if (typeof value === 'number') found.push(value);
    return value;
  });
  return found;
}

const control: Arm = { key: 'control', exposed: 5_000, converted: 500 };

describe('experiment analysis for k variants against control', () => {
  it('calls a clear improvement a winner, in words a PM can act on', () => {
    const analysis = analyzeExperiment({
      control: 'control',
      arms: [control, { key: 'value', exposed: 5_000, converted: 655 }],
    });
    const value = analysis.arms.find((arm) => arm.key === 'value')!;
    expect(value.verdict).toBe('winner');
    expect(value.rate).toBeCloseTo(0.131, 12);
    expect(value.lift!.relative).toBeCloseTo(0.31, 12);
    expect(value.alwaysValidPValue!).toBeLessThan(0.05);
    expect(value.alwaysValidPValue!).toBeGreaterThan(value.pValue!);
    expect(value.chanceToBeatControl!).toBeGreaterThan(0.999);
    // The always-valid interval by hand (rates with one success and one failure added, τ² = 1e-4, α = 0.05):
    // p̃c = 501/5002, p̃v = 656/5002, V = p̃c(1 − p̃c)/5000 + p̃v(1 − p̃v)/5000 ≈ 4.0815e-5,
    // half width = √(V(V + τ²)/τ² · (2 ln 20 + ln((V + τ²)/V))) ≈ 0.020385, around 0.131 − 0.1 = 0.031,
    // so +1.06 to +5.14 points, divided by the control's 10 %: +11 % to +51 %.
    const pc = 501 / 5002;
    const pv = 656 / 5002;
    const V = (pc * (1 - pc)) / 5000 + (pv * (1 - pv)) / 5000;
    const halfWidth = Math.sqrt(((V * (V + 1e-4)) / 1e-4) * (2 * Math.log(20) + Math.log((V + 1e-4) / V)));
    expect(value.alwaysValidInterval!.low).toBeCloseTo(0.031 - halfWidth, 12);
    expect(value.alwaysValidLift!.low).toBeCloseTo((0.031 - halfWidth) / 0.1, 12);
    expect(value.alwaysValidLift!.high).toBeCloseTo((0.031 + halfWidth) / 0.1, 12);
    expect(analysis.summary).toBe('Variant value converts 31% better than control (always-valid 95% CI +11% to +51%); safe to decide.');
  });

  it('calls a clear loss a loser and a small difference inconclusive, judged by the always-valid p-value', () => {
    const analysis = analyzeExperiment({
      control: 'control',
      arms: [
        control,
        { key: 'pushy', exposed: 5_000, converted: 380 },
        // Naive p ≈ 0.03 (significant at a single planned look) but not under daily looks.
        { key: 'subtle', exposed: 5_000, converted: 563 },
      ],
    });
    const [, pushy, subtle] = analysis.arms;
    expect(pushy!.verdict).toBe('loser');
    expect(pushy!.summary).toMatch(
      /^Variant pushy converts 24% worse than control \(always-valid 95% CI over 2 comparisons -\d+% to -\d+%\); safe to decide\.$/,
    );
    expect(subtle!.pValue!).toBeLessThan(0.05);
    expect(subtle!.alwaysValidPValue!).toBeGreaterThan(0.05);
    expect(subtle!.verdict).toBe('inconclusive');
    expect(subtle!.summary).toContain('keep the experiment running');
    expect(analysis.summary).toBe(`${pushy!.summary} ${subtle!.summary}`);
  });

  it('gives no verdict below the minimum sample, and says how far off it is', () => {
    const analysis = analyzeExperiment({
      control: 'control',
      arms: [
        { key: 'control', exposed: 45, converted: 5 },
        { key: 'value', exposed: 40, converted: 12 },
      ],
    });
    expect(analysis.arms[1]!.verdict).toBe('insufficient-data');
    expect(analysis.summary).toBe('Not enough data yet for value against control: 40 of 100 users in each arm.');

    const fewConversions = analyzeExperiment({
      control: 'control',
      arms: [
        { key: 'control', exposed: 300, converted: 4 },
        { key: 'value', exposed: 300, converted: 5 },
      ],
      minimumSample: { exposedPerVariant: 100, conversionsPerComparison: 10 },
    });
    expect(fewConversions.arms[1]!.verdict).toBe('insufficient-data');
    // the pair has 4 + 5 = 9 conversions, one short of 10
    expect(fewConversions.summary).toBe('Not enough data yet for value against control: 9 of 10 conversions in both arms together.');
  });

  it('honours a configured minimum sample', () => {
    const arms: Arm[] = [control, { key: 'value', exposed: 5_000, converted: 655 }];
    const strict = analyzeExperiment({
      control: 'control',
      arms,
      minimumSample: { exposedPerVariant: 10_000, conversionsPerComparison: 10 },
    });
    expect(strict.arms[1]!.verdict).toBe('insufficient-data');
    expect(strict.summary).toBe('Not enough data yet for value against control: 5000 of 10000 users in each arm.');
  });

  it('warns before anything else when the split does not match the weights', () => {
    const analysis = analyzeExperiment({
      control: 'control',
      arms: [
        { key: 'control', exposed: 5_000, converted: 500 },
        { key: 'value', exposed: 5_400, converted: 700 },
      ],
      weights: { control: 50, value: 50 },
    });
    expect(analysis.srm.flagged).toBe(true);
    expect(analysis.summary).toMatch(/^Sample ratio mismatch \(p = 8\.8e-5\): .*do not trust these results.* Variant value converts/);
  });

  it('gives no winner or loser while the split is broken, and never says "safe to decide" then', () => {
    // QA's qa-e2: weights 1:1, 4600 users, so 2300 expected per arm; χ² = 2 · 300² / 2300 = 78.26 (p ≈ 9e-19).
    // Without the check, 200/2000 = 10% against 420/2600 = 16.2% would be a clear winner.
    const analysis = analyzeExperiment({
      control: 'control',
      arms: [
        { key: 'control', exposed: 2_000, converted: 200 },
        { key: 'value', exposed: 2_600, converted: 420 },
      ],
      weights: { control: 1, value: 1 },
    });
    expect(analysis.srm.chiSquare).toBeCloseTo((2 * 300 * 300) / 2300, 10);
    expect(analysis.srm.flagged).toBe(true);
    expect(analysis.arms[1]!.verdict).toBe('invalid-split');
    expect(analysis.summary).not.toContain('safe to decide');
    expect(analysis.summary).toContain('no verdict until the split matches the configured weights');
  });

  it('keeps a verdict once reached: earlier always-valid p-values are carried forward', () => {
    const arms: Arm[] = [control, { key: 'value', exposed: 5_000, converted: 540 }];
    const today = analyzeExperiment({ control: 'control', arms });
    expect(today.arms[1]!.verdict).toBe('inconclusive');
    const earlier = { alwaysValidPValue: 0.01, alwaysValidInterval: { estimate: 0.03, low: 0.001, high: 0.06 } };
    const carried = analyzeExperiment({ control: 'control', arms, earlierLooks: { versusControl: { value: earlier } } });
    expect(carried.arms[1]!.alwaysValidPValue).toBe(0.01);
    expect(carried.arms[1]!.verdict).toBe('winner');
    // the interval shown is the intersection, so it leaves out 0 as the verdict says: [max(low, 0.001), min(high, 0.06)]
    expect(carried.arms[1]!.alwaysValidInterval!.low).toBe(0.001);
    expect(carried.arms[1]!.alwaysValidInterval!.high).toBeLessThanOrEqual(0.06);
  });

  it('reports the control row without comparisons', () => {
    const analysis = analyzeExperiment({ control: 'control', arms: [control, { key: 'b', exposed: 5_000, converted: 510 }] });
    expect(analysis.arms[0]).toMatchObject({
      key: 'control',
      control: true,
      rate: 0.1,
      lift: null,
      pValue: null,
      alwaysValidPValue: null,
      chanceToBeatControl: null,
      verdict: null,
    });
  });

  it('leaks no NaN or Infinity for zero exposure, zero conversions or 100% conversion', () => {
    const edgeCases: Arm[][] = [
      [
        { key: 'control', exposed: 0, converted: 0 },
        { key: 'b', exposed: 0, converted: 0 },
      ],
      [
        { key: 'control', exposed: 500, converted: 0 },
        { key: 'b', exposed: 500, converted: 0 },
      ],
      [
        { key: 'control', exposed: 500, converted: 500 },
        { key: 'b', exposed: 500, converted: 500 },
      ],
      [
        { key: 'control', exposed: 500, converted: 0 },
        { key: 'b', exposed: 500, converted: 40 },
      ],
      [
        { key: 'control', exposed: 500, converted: 40 },
        { key: 'b', exposed: 500, converted: 0 },
      ],
    ];
    for (const arms of edgeCases) {
      const analysis = analyzeExperiment({
        control: 'control',
        arms,
        minimumSample: { exposedPerVariant: 0, conversionsPerComparison: 0 },
      });
      for (const value of numbersIn(analysis)) expect(Number.isFinite(value)).toBe(true);
      expect(analysis.summary).not.toMatch(/NaN|Infinity|undefined/);
    }
    const noData = analyzeExperiment({
      control: 'control',
      arms: [
        { key: 'control', exposed: 0, converted: 0 },
        { key: 'b', exposed: 0, converted: 0 },
      ],
    });
    expect(noData.arms[1]!.verdict).toBe('insufficient-data');
    expect(noData.summary).toBe('Not enough data yet for b against control: 0 of 100 users in each arm.');
    // A control that never converts has no ratio: the summary falls back to percentage points.
    const fromZero = analyzeExperiment({
      control: 'control',
      arms: [
        { key: 'control', exposed: 500, converted: 0 },
        { key: 'b', exposed: 500, converted: 40 },
      ],
      minimumSample: { exposedPerVariant: 100, conversionsPerComparison: 0 },
    });
    expect(fromZero.arms[1]!.lift).toBeNull();
    expect(fromZero.summary).toMatch(
      /^Variant b converts 8\.0 percentage points better than control \(always-valid 95% CI \+3\.0 to \+13\.0 points\); safe to decide\.$/,
    );
  });

  it('gives an arm nobody was exposed to, or any arm against a control nobody was, no rate or comparison but null', () => {
    const none = {
      lift: null,
      absoluteLift: null,
      pValue: null,
      alwaysValidPValue: null,
      alwaysValidInterval: null,
      chanceToBeatControl: null,
    };
    const unseenVariant = analyzeExperiment({
      control: 'control',
      arms: [
        { key: 'control', exposed: 400, converted: 40 },
        { key: 'b', exposed: 0, converted: 0 },
      ],
    });
    expect(unseenVariant.arms[1]).toEqual({
      key: 'b',
      control: false,
      exposed: 0,
      converted: 0,
      rate: null,
      ...none,
      adjustedAlwaysValidPValue: null,
      alwaysValidLift: null,
      comparator: 'control',
      shortfall: { measure: 'users', have: 0, need: 100 },
      verdict: 'insufficient-data',
      summary: null,
      versusFirstVariant: null,
    });
    const unseenControl = analyzeExperiment({
      control: 'control',
      arms: [
        { key: 'control', exposed: 0, converted: 0 },
        { key: 'b', exposed: 400, converted: 40 },
      ],
      minimumSample: { exposedPerVariant: 0, conversionsPerComparison: 0 },
    });
    expect(unseenControl.arms[0]).toMatchObject({ rate: null, control: true });
    expect(unseenControl.arms[1]).toMatchObject({ rate: 0.1, ...none, verdict: 'insufficient-data' });
  });

  it('with a holdout, names it as the comparator and also compares each later variant with the first (the copy test)', () => {
    // QA's demo-upgrade-copy: control 900/135 (15%), value 900/126 (14%), holdout 200/10 (5%).
    const analysis = analyzeExperiment({
      control: 'holdout',
      controlIsHoldout: true,
      arms: [
        { key: 'control', exposed: 900, converted: 135 },
        { key: 'value', exposed: 900, converted: 126 },
        { key: 'holdout', exposed: 200, converted: 10 },
      ],
      weights: { control: 45, value: 45, holdout: 10 },
    });
    const [controlCopy, value, holdout] = analysis.arms;
    expect(analysis.firstVariant).toBe('control');
    expect(holdout).toMatchObject({ control: true, comparator: null, versusFirstVariant: null });
    expect(controlCopy).toMatchObject({ comparator: 'holdout', versusFirstVariant: null });
    // against the holdout: 0.15 / 0.05 − 1 = +200 %, 0.14 / 0.05 − 1 = +180 %
    expect(controlCopy!.lift!.relative).toBeCloseTo(2, 12);
    expect(value!.lift!.relative).toBeCloseTo(1.8, 12);
    // the copy test: 0.14 / 0.15 − 1 = −6.67 %, difference 0.14 − 0.15 = −0.01
    expect(value!.versusFirstVariant).toMatchObject({ comparator: 'control' });
    expect(value!.versusFirstVariant!.lift!.relative).toBeCloseTo(0.14 / 0.15 - 1, 12);
    expect(value!.versusFirstVariant!.absoluteLift!.estimate).toBeCloseTo(-0.01, 12);
    expect(value!.versusFirstVariant!.chanceToBeatControl!).toBeLessThan(0.5);
    expect(analysis.summary).toContain('Variant control converts 200% better than the holdout');
    expect(analysis.summary).toContain('Variant value converts 180% better than the holdout');
    expect(analysis.summary).toMatch(/Against control \(the first variant\): Variant value converts 7% worse than control/);
    expect(analysis.summary).not.toMatch(/control converts [^.]* than control/);
  });

  it('judges the minimum sample per comparison, so a variant that converts almost nobody can lose', () => {
    // QA's qa-e6: control 100/1000, good 200/1000, broken 2/1000. The pair control + broken has 100 + 2 = 102
    // conversions (≥ 10), so neither comparison is short although broken alone has 2.
    const analysis = analyzeExperiment({
      control: 'control',
      arms: [
        { key: 'control', exposed: 1_000, converted: 100 },
        { key: 'good', exposed: 1_000, converted: 200 },
        { key: 'broken', exposed: 1_000, converted: 2 },
      ],
    });
    const [, good, broken] = analysis.arms;
    expect(broken!.shortfall).toBeNull();
    expect(broken!.verdict).toBe('loser');
    expect(good!.verdict).toBe('winner');
    expect(analysis.shortfall).toBeNull();
    // a pair that is short stays short, the other keeps its verdict: control 4/300 + thin 5/300 = 9 < 10
    const mixed = analyzeExperiment({
      control: 'control',
      arms: [
        { key: 'control', exposed: 300, converted: 4 },
        { key: 'thin', exposed: 300, converted: 5 },
        { key: 'strong', exposed: 300, converted: 60 },
      ],
    });
    expect(mixed.arms[1]!.verdict).toBe('insufficient-data');
    expect(mixed.arms[1]!.shortfall).toEqual({ measure: 'conversions', have: 9, need: 10 });
    expect(mixed.arms[2]!.shortfall).toBeNull();
    expect(mixed.shortfall).toEqual({ measure: 'conversions', have: 9, need: 10 });
  });

  it('with k comparisons, judges each at α / k (Bonferroni) so ten variants do not make a false winner likely', () => {
    const lifted: Arm = { key: 'lifted', exposed: 5_000, converted: 605 };
    const alone = analyzeExperiment({ control: 'control', arms: [control, lifted] });
    const p = alone.arms[1]!.alwaysValidPValue!;
    // one comparison: 0.017 < p < 0.05, a winner at α = 0.05 …
    expect(p).toBeGreaterThan(0.05 / 3);
    expect(p).toBeLessThan(0.05);
    expect(alone.arms[1]!.verdict).toBe('winner');
    expect(alone.comparisons).toBe(1);
    // … but one of 3 comparisons: the adjusted p is 3 · p > 0.05, and the interval (at 1 − 0.05/3) holds 0
    const family = analyzeExperiment({
      control: 'control',
      arms: [control, lifted, { key: 'same-1', exposed: 5_000, converted: 500 }, { key: 'same-2', exposed: 5_000, converted: 500 }],
    });
    expect(family.comparisons).toBe(3);
    expect(family.arms[1]!.alwaysValidPValue).toBe(p);
    expect(family.arms[1]!.adjustedAlwaysValidPValue).toBeCloseTo(3 * p, 15);
    expect(family.arms[1]!.verdict).toBe('inconclusive');
    expect(family.arms[1]!.alwaysValidInterval!.low).toBeLessThan(0);
    // a holdout with 2 variants: 2 comparisons with the holdout + 1 copy test = 3
    const withHoldout = analyzeExperiment({
      control: 'holdout',
      controlIsHoldout: true,
      arms: [control, lifted, { key: 'holdout', exposed: 5_000, converted: 500 }],
    });
    expect(withHoldout.comparisons).toBe(3);
  });

  it('words an inconclusive sequential result "not conclusive yet", never "no clear difference"', () => {
    const analysis = analyzeExperiment({ control: 'control', arms: [control, { key: 'b', exposed: 5_000, converted: 510 }] });
    expect(analysis.arms[1]!.verdict).toBe('inconclusive');
    expect(analysis.summary).toContain('not conclusive yet, keep the experiment running');
    expect(analysis.summary).not.toContain('no clear difference');
  });

  it("calls a winner provisional while no counted user's goal window has closed", () => {
    const arms: Arm[] = [control, { key: 'value', exposed: 5_000, converted: 655 }];
    const early = analyzeExperiment({ control: 'control', arms, goalWindowClosed: false });
    expect(early.provisional).toBe(true);
    expect(early.arms[1]!.verdict).toBe('winner');
    expect(early.summary).toContain("provisional: no counted user's goal window has closed yet");
    expect(early.summary).not.toContain('safe to decide');
    expect(analyzeExperiment({ control: 'control', arms, goalWindowClosed: true }).summary).toContain('safe to decide');
  });

  it('shows an always-valid interval that agrees with the verdict: 0 inside exactly when not conclusive', () => {
    // QA's qa-e3 today: 2000/200 against 2000/250; the single-look CI leaves out 0 (p ≈ 0.012) but the test is not conclusive
    const analysis = analyzeExperiment({
      control: 'control',
      arms: [
        { key: 'control', exposed: 2_000, converted: 200 },
        { key: 'value', exposed: 2_000, converted: 250 },
      ],
    });
    const value = analysis.arms[1]!;
    expect(value.pValue!).toBeLessThan(0.05);
    expect(value.verdict).toBe('inconclusive');
    expect(value.alwaysValidLift!.low).toBeLessThan(0);
    expect(value.alwaysValidLift!.high).toBeGreaterThan(0);
    // relative lift: 0.125 / 0.1 − 1 = +25 %
    expect(value.alwaysValidLift!.relative).toBeCloseTo(0.25, 12);
    for (const converted of [180, 230, 260, 280, 300, 320]) {
      const arm = analyzeExperiment({
        control: 'control',
        arms: [
          { key: 'control', exposed: 2_000, converted: 200 },
          { key: 'v', exposed: 2_000, converted },
        ],
      }).arms[1]!;
      const excludesZero = arm.alwaysValidInterval!.low > 0 || arm.alwaysValidInterval!.high < 0;
      expect(excludesZero).toBe(arm.verdict === 'winner' || arm.verdict === 'loser');
    }
  });

  it('refuses a control key that names no arm', () => {
    expect(() => analyzeExperiment({ control: 'missing', arms: [control] })).toThrow(RangeError);
  });
});
