import { describe, expect, it } from 'vitest';
import { evalCondition } from '../src/index.ts';

const user = {
  id: 'u_42',
  plan: 'Trial',
  seats: 3,
  signupDays: '12',
  beta: true,
  tags: ['admin', 'EU', 'early'],
  account: { plan: 'pro', owner: { email: 'ada@example.com' } },
  orders: [
    { sku: 'book', qty: 2 },
    { sku: 'pen', qty: 10 },
  ],
};

describe('evalCondition: literals and paths', () => {
  it('matches a literal and reads dot paths into nested objects', () => {
    expect(evalCondition(user, { 'account.plan': 'pro' })).toBe(true);
    expect(evalCondition(user, { 'account.owner.email': 'ada@example.com', seats: 3 })).toBe(true);
    expect(evalCondition(user, { 'account.plan': 'basic' })).toBe(false);
  });

  it('compares numbers and numeric strings loosely, as GrowthBook does', () => {
    expect(evalCondition(user, { signupDays: 12 })).toBe(true);
    expect(evalCondition(user, { seats: '3' })).toBe(true);
  });

  it('compares arrays and objects by value, key order included', () => {
    expect(evalCondition(user, { tags: ['admin', 'EU', 'early'] })).toBe(true);
    expect(evalCondition(user, { tags: ['EU', 'admin', 'early'] })).toBe(false);
    expect(evalCondition(user, { account: { plan: 'pro', owner: { email: 'ada@example.com' } } })).toBe(true);
  });

  it('treats a missing attribute as null', () => {
    expect(evalCondition(user, { country: null })).toBe(true);
    expect(evalCondition(user, { 'account.missing.deep': { $exists: false } })).toBe(true);
    expect(evalCondition(user, { country: { $exists: true } })).toBe(false);
  });
});

describe('evalCondition: operators', () => {
  it('$eq $ne $lt $lte $gt $gte', () => {
    expect(evalCondition(user, { seats: { $gte: 3, $lt: 5 } })).toBe(true);
    expect(evalCondition(user, { seats: { $gt: 3 } })).toBe(false);
    expect(evalCondition(user, { plan: { $ne: 'pro', $eq: 'Trial' } })).toBe(true);
    expect(evalCondition(user, { seats: { $lte: 2 } })).toBe(false);
  });

  it('$in and $nin intersect with array attributes; $ini and $nini ignore case', () => {
    expect(evalCondition(user, { tags: { $in: ['EU', 'US'] } })).toBe(true);
    expect(evalCondition(user, { tags: { $nin: ['EU'] } })).toBe(false);
    expect(evalCondition(user, { plan: { $in: ['trial'] } })).toBe(false);
    expect(evalCondition(user, { plan: { $ini: ['trial'] } })).toBe(true);
    expect(evalCondition(user, { tags: { $nini: ['eu'] } })).toBe(false);
    expect(evalCondition(user, { plan: { $in: 'Trial' } })).toBe(false);
  });

  it('$all and $alli need every listed value; $size tests array length', () => {
    expect(evalCondition(user, { tags: { $all: ['early', 'admin'] } })).toBe(true);
    expect(evalCondition(user, { tags: { $all: ['early', 'owner'] } })).toBe(false);
    expect(evalCondition(user, { tags: { $alli: ['eu', 'ADMIN'] } })).toBe(true);
    expect(evalCondition(user, { tags: { $size: 3 } })).toBe(true);
    expect(evalCondition(user, { tags: { $size: { $gt: 3 } } })).toBe(false);
    expect(evalCondition(user, { plan: { $size: 5 } })).toBe(false);
  });

  it('$elemMatch takes operators for plain elements and a condition for object elements', () => {
    expect(evalCondition(user, { tags: { $elemMatch: { $regex: '^ea' } } })).toBe(true);
    expect(evalCondition(user, { orders: { $elemMatch: { sku: 'pen', qty: { $gte: 5 } } } })).toBe(true);
    expect(evalCondition(user, { orders: { $elemMatch: { sku: 'book', qty: { $gte: 5 } } } })).toBe(false);
  });

  it('$exists and $type', () => {
    expect(evalCondition(user, { beta: { $exists: true, $type: 'boolean' } })).toBe(true);
    expect(evalCondition(user, { tags: { $type: 'array' } })).toBe(true);
    expect(evalCondition(user, { account: { $type: 'object' } })).toBe(true);
    expect(evalCondition(user, { nothing: { $type: 'null' } })).toBe(true);
  });

  it('$regex is case-sensitive and $regexi is not', () => {
    expect(evalCondition(user, { 'account.owner.email': { $regex: '@example\\.com$' } })).toBe(true);
    expect(evalCondition(user, { plan: { $regex: '^trial' } })).toBe(false);
    expect(evalCondition(user, { plan: { $regexi: '^trial' } })).toBe(true);
  });

  it('$not negates operators on one attribute', () => {
    expect(evalCondition(user, { seats: { $not: { $gt: 5 } } })).toBe(true);
    expect(evalCondition(user, { plan: { $not: 'Trial' } })).toBe(false);
  });
});

describe('evalCondition: logic', () => {
  it('$and, $or, $nor and $not combine conditions, nested', () => {
    const condition = {
      $or: [{ plan: 'pro' }, { $and: [{ plan: 'Trial' }, { tags: { $in: ['EU'] } }] }],
      $nor: [{ beta: false }, { seats: { $gt: 10 } }],
      $not: { 'account.plan': 'basic' },
    };
    expect(evalCondition(user, condition)).toBe(true);
    expect(evalCondition({ ...user, beta: false }, condition)).toBe(false);
    expect(evalCondition({ ...user, tags: ['US'] }, condition)).toBe(false);
  });

  it('an empty $or matches everyone, an empty $nor no one, as GrowthBook does', () => {
    expect(evalCondition(user, { $or: [] })).toBe(true);
    expect(evalCondition(user, { $nor: [] })).toBe(false);
    expect(evalCondition(user, {})).toBe(true);
  });
});

describe('evalCondition: saved groups', () => {
  const groups = { beta_testers: ['u_1', 'u_42'], empty: [] };

  it('$inGroup and $notInGroup look the attribute up in a saved group', () => {
    expect(evalCondition(user, { id: { $inGroup: 'beta_testers' } }, groups)).toBe(true);
    expect(evalCondition(user, { id: { $notInGroup: 'beta_testers' } }, groups)).toBe(false);
    expect(evalCondition(user, { id: { $inGroup: 'empty' } }, groups)).toBe(false);
  });

  it('treats an unknown group as empty: no one is in it, everyone is outside it', () => {
    expect(evalCondition(user, { id: { $inGroup: 'nope' } }, groups)).toBe(false);
    expect(evalCondition(user, { id: { $notInGroup: 'nope' } })).toBe(true);
  });
});
