import { describe, expect, it } from 'vitest';
import { evalCondition, explainCondition, type Condition } from '../src/index.ts';

describe('evalCondition never throws into the host page', () => {
  const user = { plan: 'pro', tags: ['a'] };

  it('an invalid regex is false for $regex and $regexi', () => {
    expect(evalCondition(user, { plan: { $regex: '(' } })).toBe(false);
    expect(evalCondition(user, { plan: { $regexi: '[a-' } })).toBe(false);
    expect(evalCondition(user, { plan: { $regex: 5 } })).toBe(false);
  });

  it('an unknown operator is false', () => {
    expect(evalCondition(user, { plan: { $startsWith: 'p' } })).toBe(false);
    expect(evalCondition(user, { plan: { $not: { $bogus: 1 } } })).toBe(true);
  });

  it('malformed logic and arguments do not throw', () => {
    const malformed: Condition[] = [
      { $or: null },
      { $and: 'x' },
      { $not: null },
      { tags: { $elemMatch: null } },
      { tags: { $all: 'a' } },
      { plan: { $in: null } },
      { plan: undefined },
      { plan: { $not: undefined } },
      { tags: { $size: undefined } },
    ];
    for (const condition of malformed) expect(() => evalCondition(user, condition)).not.toThrow();
    expect(evalCondition(user, { tags: { $all: 'a' } })).toBe(false);
    expect(evalCondition(user, { plan: { $in: null } })).toBe(false);
  });

  it('odd attributes (a cycle, a function, a symbol) do not throw', () => {
    const cyclic: Record<string, unknown> = { plan: 'pro' };
    cyclic.self = cyclic;
    const odd = { cyclic, fn: () => 1, sym: Symbol('x'), big: 10n };
    for (const path of ['cyclic', 'cyclic.self.self.plan', 'fn', 'sym', 'big'])
      for (const value of ['pro', 1, true, null, ['pro'], { a: 1 }, { $regex: 'p' }, { $type: 'unknown' }])
        expect(() => evalCondition(odd, { [path]: value })).not.toThrow();
    expect(evalCondition(odd, { 'cyclic.self.self.plan': 'pro' })).toBe(true);
    // A comparison that cannot be made fails the whole condition; it does not turn a $not into a match.
    expect(evalCondition(odd, { sym: { $gt: 1 } })).toBe(false);
    expect(evalCondition(odd, { $not: { sym: { $gt: 1 } } })).toBe(false);
    // explained, such a condition fails with no leaf to name
    expect(explainCondition(odd, { $not: { sym: { $gt: 1 } } })).toEqual({});
  });

  it('explainCondition names the leaf the same evaluation failed on, and nothing when the condition holds', () => {
    expect(explainCondition(user, { plan: 'pro', tags: { $size: 2 } })).toEqual({
      path: 'tags',
      value: ['a'],
      operator: '$size',
      expected: 2,
    });
    expect(explainCondition(user, { $nor: [{ plan: 'pro' }] })).toEqual({ path: '$nor', expected: [{ plan: 'pro' }] });
    expect(explainCondition(user, { $or: [{ plan: 'basic' }, { tags: 'b' }] })).toEqual({
      path: 'plan',
      value: 'pro',
      expected: 'basic',
      or: 1,
    });
    expect(explainCondition(user, { $and: [{ plan: 'pro' }, { $or: [] }] })).toBeUndefined();
  });
});
