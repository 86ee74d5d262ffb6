import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chooseVariation, evalCondition, getBucketRanges, getEqualWeights, hash, inNamespace } from '../src/index.ts';
import { oracle } from './growthbook-oracle.ts';
import { createRandom, type Random } from './growthbook-random.ts';
import { randomCondition, randomSavedGroups, randomUser } from './growthbook-random-condition.ts';

/**
 * Differential tests against the real `@growthbook/growthbook` SDK: the same generated inputs must give the same
 * answers. Case i uses seed BASE_SEED + i, so a reported seed rebuilds its case with `createRandom(seed)`.
 */
const BASE_SEED = 20261122;

type Mismatch = { seed: number; input: unknown; ours: unknown; growthbook: unknown };

/** Runs `count` generated cases and returns those whose answers differ; a throw counts as an answer. */
function differences(count: number, seedOffset: number, run: (random: Random) => [unknown, () => unknown, () => unknown]) {
  const mismatches: Mismatch[] = [];
  for (let i = 0; i < count; i++) {
    const seed = BASE_SEED + seedOffset + i;
    const [input, ourAnswer, growthbookAnswer] = run(createRandom(seed));
    const ours = attempt(ourAnswer);
    const growthbook = attempt(growthbookAnswer);
    if (JSON.stringify(ours) !== JSON.stringify(growthbook) || !sameNumbers(ours, growthbook))
      mismatches.push({ seed, input, ours, growthbook });
  }
  return mismatches;
}

function attempt(answer: () => unknown): unknown {
  try {
    return answer();
  } catch (error) {
    return `threw ${error}`;
  }
}

/** JSON text hides NaN vs null; compare numbers (deeply) with Object.is semantics as well. */
function sameNumbers(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameNumbers(x, b[i]));
  return typeof a === 'number' ? a === b || (Number.isNaN(a) && Number.isNaN(b)) : true;
}

// GrowthBook logs unknown operators and invalid weights with console.error; keep the test output readable.
beforeAll(() => void vi.spyOn(console, 'error').mockImplementation(() => {}));
afterAll(() => vi.restoreAllMocks());

describe('differential against @growthbook/growthbook 1.8.0', () => {
  it('evalCondition agrees on 10,000 random users and conditions', () => {
    let matched = 0;
    const mismatches = differences(10_000, 0, (random) => {
      const attributes = randomUser(random);
      const condition = randomCondition(random, attributes);
      const savedGroups = randomSavedGroups(random);
      return [
        { attributes, condition, savedGroups },
        () => {
          const ours = evalCondition(attributes, condition, savedGroups);
          matched += +ours;
          return ours;
        },
        () => oracle.evalCondition(attributes, condition, savedGroups),
      ];
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
    // The generator is only useful if both answers occur often.
    expect(matched).toBeGreaterThan(1000);
    expect(matched).toBeLessThan(9000);
  });

  it('hash agrees for random unicode seeds and values, versions 1, 2 and unknown ones', () => {
    const mismatches = differences(5_000, 100_000, (random) => {
      const seed = random.unicode(random.pick([3, 12, 64]));
      const value = random.unicode(random.pick([3, 12, 64]));
      const version = random.chance(0.9) ? random.pick([1, 2]) : random.pick([0, 3, -1, 1.5, 99]);
      return [{ seed, value, version }, () => hash(seed, value, version), () => oracle.hash(seed, value, version)];
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('getBucketRanges agrees for random variation counts, coverage and weights', () => {
    const mismatches = differences(5_000, 200_000, (random) => {
      const n = random.int(7);
      const coverage = random.pick([undefined, 0, 1, random.next(), random.next() * 2 - 0.5]);
      const length = random.chance(0.8) ? n : random.int(7);
      const raw = Array.from({ length }, () => random.next());
      const sum = raw.reduce((a, b) => a + b, 0) || 1;
      const weights = random.pick([
        undefined,
        null,
        raw,
        raw.map((w) => w / sum),
        raw.map((w) => (w / sum) * (1 + (random.next() - 0.5) * 0.03)),
      ]);
      return [{ n, coverage, weights }, () => getBucketRanges(n, coverage, weights), () => oracle.getBucketRanges(n, coverage, weights)];
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('chooseVariation agrees for random hash values and ranges', () => {
    const mismatches = differences(5_000, 300_000, (random) => {
      const n = random.chance(0.8) ? random.next() : random.pick([0, 0.5, 1, -0.1]);
      const ranges = oracle.getBucketRanges(1 + random.int(5), random.next() * 1.2);
      return [{ n, ranges }, () => chooseVariation(n, ranges), () => oracle.chooseVariation(n, ranges)];
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('inNamespace agrees for random users and namespaces', () => {
    const mismatches = differences(5_000, 400_000, (random) => {
      const user = random.unicode(10);
      const start = random.next();
      const namespace: [string, number, number] = [random.unicode(8), start, start + random.next() * (1 - start)];
      return [{ user, namespace }, () => inNamespace(user, namespace), () => oracle.inNamespace(user, namespace)];
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('getEqualWeights agrees for whole counts from -2 to 30', () => {
    for (let n = -2; n <= 30; n++) expect(getEqualWeights(n)).toEqual(oracle.getEqualWeights(n));
  });
});
